package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.CHANNEL;
import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.CancellationQuoteView;
import org.innkeeper.application.dto.GuaranteeRequest;
import org.innkeeper.application.dto.ModificationQuoteView;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.application.dto.ReservationChangesView;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.rest.platform.Idempotent;

/**
 * Booking, reading, modifying and cancelling reservations, and a channel's sync of what changed.
 * A channel books under its own code and sees only its own reservations (another's answer 404);
 * staff book as the desk (phone) and see all.
 */
@Path("reservations")
@ApplicationScoped
@Idempotent
@RolesAllowed({CHANNEL, FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations", description = "Book, read, modify, cancel; a channel sees only its own")
public class ReservationResource {

    /** The most reservations one sync page returns. */
    static final int SYNC_PAGE = 200;

    @EJB
    ReservationService reservations;

    @Operation(summary = "Book one room",
            description = "409 when nothing is left or a restriction forbids the stay (with every reason); 422 for invalid input.")
    @APIResponse(responseCode = "201", description = "Booked; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BookingRequest.class),
            examples = @ExampleObject(name = "two nights", value = """
                    {"roomType": "STD", "ratePlan": "BAR", "arrival": "2027-03-01", "departure": "2027-03-03",
                     "adults": 2, "children": 0,
                     "guest": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
                               "phone": "+44 20 7946 0000"},
                     "source": "Search engine"}""")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@NotNull @Valid BookingRequest request,
                         @Context SecurityContext security, @Context UriInfo uri) {
        ReservationView booked = reservations.book(request, Callers.bookingChannel(security));
        URI location = uri.getBaseUriBuilder().path(ReservationResource.class)
                .path(booked.confirmationNumber()).build();
        return Response.created(location).entity(booked).build();
    }

    /**
     * The caller's own reservations changed at or after {@code modifiedSince} (ISO-8601), oldest
     * change first, at most {@code limit} (default and most 200): to page on, ask again from the
     * last one's {@code modifiedAt} with {@code after} its confirmation number. Superseded by the
     * change feed ({@code /reservations/changes}). Channels only; staff search at the desk.
     */
    @Operation(summary = "A channel's reservations changed since an instant (sync by the clock; prefer /reservations/changes)",
            description = "Oldest change first (by modifiedAt, then reservation), at most limit (default and most 200);"
                    + " page on from the last one's modifiedAt with after=its confirmation number, or a page of changes"
                    + " made at one instant comes back again. A change that commits after a later one was read is"
                    + " missed by the clock: the change feed at /reservations/changes does not miss it.")
    @GET
    @RolesAllowed(CHANNEL)
    public List<ReservationView> modifiedSince(@QueryParam("modifiedSince") String since,
                                               @Parameter(description = "the confirmation number of the last reservation read")
                                               @QueryParam("after") String after,
                                               @QueryParam("limit") String limit,
                                               @Context SecurityContext security) {
        return reservations.modifiedSince(Callers.viewerChannel(security), QueryParams.instant(since, "modifiedSince"),
                after, QueryParams.intOr(limit, "limit", 1, SYNC_PAGE, SYNC_PAGE));
    }

    /** The change feed: the caller's reservations changed after the cursor, in commit order. */
    @Operation(summary = "The change feed: a channel's reservations changed after a cursor, in commit order",
            description = "Each reservation once, in its latest state, in the order its changes committed; keep"
                    + " nextCursor and send it back as cursor (none: from the start). A change committing late comes"
                    + " after the cursor it is read with, never skipped; more=true when another page waits already."
                    + " At most limit (default and most 200). 422 for a cursor the feed did not give.")
    @GET
    @Path("changes")
    @RolesAllowed(CHANNEL)
    public ReservationChangesView changes(
            @Parameter(description = "nextCursor of the last page read; absent: from the start")
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        return reservations.changes(Callers.viewerChannel(security), cursor,
                QueryParams.intOr(limit, "limit", 1, SYNC_PAGE, SYNC_PAGE));
    }

    @Operation(summary = "Read a reservation")
    @GET
    @Path("{confirmationNumber}")
    public ReservationView find(@PathParam("confirmationNumber") String confirmationNumber,
                                @Context SecurityContext security) {
        return reservations.find(confirmationNumber, Callers.viewerChannel(security));
    }

    /** New dates, room type or party (what is left out stays): re-priced and re-checked, all or nothing. */
    @Operation(summary = "Change dates, room type or party",
            description = "Re-priced and re-checked all at once; what is left out stays.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModificationRequest.class),
            examples = @ExampleObject(name = "one night longer", value = """
                    {"departure": "2027-03-04"}""")))
    @PATCH
    @Path("{confirmationNumber}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public ReservationView modify(@PathParam("confirmationNumber") String confirmationNumber,
                                  @NotNull @Valid ModificationRequest change,
                                  @Context SecurityContext security) {
        return reservations.modify(confirmationNumber, change, Callers.viewerChannel(security));
    }

    /**
     * What a change would cost and whether it can be made, without making it: the reservation's own room
     * counts as free on its own nights (as the change gives it back before taking the new ones).
     */
    @Operation(summary = "Quote a change of dates, room type or party",
            description = "available, the new stay's offer (nights, taxes, total, policies), the difference to the"
                    + " current total and, where it can't be made, the reasons. Changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModificationRequest.class),
            examples = @ExampleObject(name = "a day later", value = """
                    {"arrival": "2027-03-02", "departure": "2027-03-04"}""")))
    @POST
    @Path("{confirmationNumber}/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    public ModificationQuoteView quoteModification(@PathParam("confirmationNumber") String confirmationNumber,
                                                   @NotNull @Valid ModificationRequest change,
                                                   @Context SecurityContext security) {
        return reservations.quoteModification(confirmationNumber, change, Callers.viewerChannel(security));
    }

    /** What cancelling would cost now, under the policy frozen at booking. */
    @Operation(summary = "What cancelling would cost now")
    @GET
    @Path("{confirmationNumber}/cancellation")
    public CancellationQuoteView cancellationQuote(@PathParam("confirmationNumber") String confirmationNumber,
                                                   @Context SecurityContext security) {
        return reservations.cancellationQuote(confirmationNumber, Callers.viewerChannel(security));
    }

    @Operation(summary = "Cancel a reservation")
    @POST
    @Path("{confirmationNumber}/cancel")
    public ReservationView cancel(@PathParam("confirmationNumber") String confirmationNumber,
                                  @Context SecurityContext security) {
        return reservations.cancel(confirmationNumber, Callers.viewerChannel(security));
    }

    /** Takes up an option (with the card's last four digits where the rate asks for a guarantee). */
    @Operation(summary = "Take up an option")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GuaranteeRequest.class),
            examples = @ExampleObject(name = "card", value = """
                    {"cardLast4": "4242"}""")))
    @POST
    @Path("{confirmationNumber}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReservationView confirmOption(@PathParam("confirmationNumber") String confirmationNumber,
                                         @Valid GuaranteeRequest guarantee, @Context SecurityContext security) {
        return reservations.confirmOption(confirmationNumber, guarantee == null ? null : guarantee.cardLast4(),
                Callers.viewerChannel(security));
    }

    /** Guarantees a confirmed booking by card. */
    @Operation(summary = "Guarantee a reservation by card")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GuaranteeRequest.class),
            examples = @ExampleObject(name = "card", value = """
                    {"cardLast4": "4242"}""")))
    @POST
    @Path("{confirmationNumber}/guarantee")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReservationView guarantee(@PathParam("confirmationNumber") String confirmationNumber,
                                     @NotNull @Valid GuaranteeRequest guarantee, @Context SecurityContext security) {
        if (guarantee.cardLast4() == null) {
            throw new InvalidValueException("cardLast4", "the card's last four digits are required");
        }
        return reservations.guarantee(confirmationNumber, guarantee.cardLast4(), Callers.viewerChannel(security));
    }
}
