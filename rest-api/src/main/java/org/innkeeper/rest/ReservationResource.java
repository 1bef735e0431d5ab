package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.CHANNEL;
import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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

import org.innkeeper.rest.platform.Idempotent;

import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.CancellationQuoteView;
import org.innkeeper.application.dto.GuaranteeRequest;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * Booking, reading, modifying and cancelling reservations, and a channel's sync of what changed.
 * A channel books under its own code and sees only its own reservations (another's answer 404);
 * staff book as the desk (phone) and see all.
 */
@Path("reservations")
@RequestScoped
@Idempotent
@RolesAllowed({CHANNEL, FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

    /** The most reservations one sync page returns. */
    static final int SYNC_PAGE = 200;

    @EJB
    ReservationService reservations;

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
     * last one's {@code modifiedAt}. Channels only; staff search at the desk.
     */
    @GET
    @RolesAllowed(CHANNEL)
    public List<ReservationView> modifiedSince(@QueryParam("modifiedSince") String since,
                                               @QueryParam("limit") String limit,
                                               @Context SecurityContext security) {
        return reservations.modifiedSince(Callers.viewerChannel(security), QueryParams.instant(since, "modifiedSince"),
                QueryParams.intOr(limit, "limit", 1, SYNC_PAGE, SYNC_PAGE));
    }

    @GET
    @Path("{confirmationNumber}")
    public ReservationView find(@PathParam("confirmationNumber") String confirmationNumber,
                                @Context SecurityContext security) {
        return reservations.find(confirmationNumber, Callers.viewerChannel(security));
    }

    /** New dates, room type or party (what is left out stays): re-priced and re-checked, all or nothing. */
    @PATCH
    @Path("{confirmationNumber}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public ReservationView modify(@PathParam("confirmationNumber") String confirmationNumber,
                                  @NotNull @Valid ModificationRequest change,
                                  @Context SecurityContext security) {
        return reservations.modify(confirmationNumber, change, Callers.viewerChannel(security));
    }

    /** What cancelling would cost now, under the policy frozen at booking. */
    @GET
    @Path("{confirmationNumber}/cancellation")
    public CancellationQuoteView cancellationQuote(@PathParam("confirmationNumber") String confirmationNumber,
                                                   @Context SecurityContext security) {
        return reservations.cancellationQuote(confirmationNumber, Callers.viewerChannel(security));
    }

    @POST
    @Path("{confirmationNumber}/cancel")
    public ReservationView cancel(@PathParam("confirmationNumber") String confirmationNumber,
                                  @Context SecurityContext security) {
        return reservations.cancel(confirmationNumber, Callers.viewerChannel(security));
    }

    /** Takes up an option (with the card's last four digits where the rate asks for a guarantee). */
    @POST
    @Path("{confirmationNumber}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReservationView confirmOption(@PathParam("confirmationNumber") String confirmationNumber,
                                         @Valid GuaranteeRequest guarantee, @Context SecurityContext security) {
        return reservations.confirmOption(confirmationNumber, guarantee == null ? null : guarantee.cardLast4(),
                Callers.viewerChannel(security));
    }

    /** Guarantees a confirmed booking by card. */
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
