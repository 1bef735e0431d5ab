package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.ArrivalFilter;
import org.innkeeper.application.dto.ArrivalView;
import org.innkeeper.application.dto.AssignRoomRequest;
import org.innkeeper.application.dto.AutoAssignView;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.DeskOverview;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.rest.platform.Idempotent;

/** Phase 2, arrival: the arrivals board, room assignment (by hand and automatic), check-in. */
@Path("frontdesk")
@ApplicationScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrival", description = "Arrivals board, room assignment and check-in (staff)")
public class ArrivalResource {

    @EJB
    ArrivalService arrivals;
    @EJB
    HotelService hotel;
    @EJB
    ReservationService reservations;

    @Operation(summary = "Today at the desk: arrivals, in house, departures, rooms")
    @GET
    @Path("overview")
    public DeskOverview overview() {
        return hotel.overview();
    }

    /** Due in on the date, by default the business date. */
    @Operation(summary = "Due in on a date (default: the business date)")
    @GET
    @Path("arrivals")
    public List<ReservationSummary> arrivals(@QueryParam("date") String date) {
        return arrivals.arrivals(QueryParams.dateOr(date, "date", null));
    }

    @Operation(summary = "The arrivals board: guests due with profile, guarantee and room readiness, filtered",
            description = "Filters, each optional: roomType, vip (VIP or loyalty guests), ready (room assigned, vacant,"
                    + " clean or inspected), assigned, guarantee (GUARANTEED, DEPOSIT, NONE), waiting (at the desk for a"
                    + " room), q (name or confirmation number). Guests waiting come first, in the order they queued.")
    @GET
    @Path("arrivals/board")
    public List<ArrivalView> board(@QueryParam("date") String date, @QueryParam("roomType") String roomType,
                                   @QueryParam("vip") String vip, @QueryParam("ready") String ready,
                                   @QueryParam("assigned") String assigned, @QueryParam("guarantee") String guarantee,
                                   @QueryParam("waiting") String waiting, @QueryParam("q") String text) {
        return arrivals.board(new ArrivalFilter(QueryParams.dateOr(date, "date", null), roomType,
                QueryParams.flag(vip, "vip"), QueryParams.flag(ready, "ready"), QueryParams.flag(assigned, "assigned"),
                guarantee, QueryParams.flag(waiting, "waiting"), text));
    }

    @Operation(summary = "Give rooms to a date's arrivals that have none",
            description = "Inspected before clean before dirty rooms, the guest's preferences, the rooms of one booking"
                    + " on one floor or behind connecting doors; never an out-of-order room or a room another stay holds.")
    @POST
    @Path("arrivals/auto-assign")
    public AutoAssignView autoAssign(@QueryParam("date") String date) {
        return arrivals.autoAssign(QueryParams.dateOr(date, "date", null));
    }

    @Operation(summary = "Rooms a reservation may be given",
            description = "Free on every night of the stay and not out of order; of the booked type, or every type that"
                    + " sleeps the party with otherTypes=true (an upgrade). For a guest due today: only rooms ready now.")
    @GET
    @Path("reservations/{confirmationNumber}/assignable-rooms")
    public List<RoomView> assignableRooms(@PathParam("confirmationNumber") String confirmationNumber,
                                          @QueryParam("otherTypes") String otherTypes) {
        return arrivals.assignableRooms(confirmationNumber, Boolean.TRUE.equals(QueryParams.flag(otherTypes, "otherTypes")));
    }

    @Operation(summary = "The stay as the desk works with it: registration, companions, keys, history")
    @GET
    @Path("reservations/{confirmationNumber}/stay")
    public StayView stay(@PathParam("confirmationNumber") String confirmationNumber) {
        return arrivals.stay(confirmationNumber);
    }

    @Operation(summary = "Give a reservation a room ahead of arrival",
            description = "409 room-taken when another stay (or an out-of-order period) holds the room on a night; a room"
                    + " of another type needs rate KEEP (complimentary upgrade) or REPRICE.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignRoomRequest.class),
            examples = {@ExampleObject(name = "same type", value = """
                    {"roomNumber": "204"}"""),
                @ExampleObject(name = "complimentary upgrade", value = """
                    {"roomNumber": "501", "rate": "KEEP"}""")}))
    @PUT
    @Path("reservations/{confirmationNumber}/room")
    @Consumes(MediaType.APPLICATION_JSON)
    public StayView assignRoom(@PathParam("confirmationNumber") String confirmationNumber,
                               @NotNull @Valid AssignRoomRequest request) {
        return arrivals.assignRoom(confirmationNumber, request);
    }

    @Operation(summary = "Take back the room given ahead of arrival")
    @DELETE
    @Path("reservations/{confirmationNumber}/room")
    public StayView unassignRoom(@PathParam("confirmationNumber") String confirmationNumber) {
        return arrivals.unassignRoom(confirmationNumber);
    }

    @Operation(summary = "The guest waits at the desk for the room: a place in the queue, first for housekeeping")
    @POST
    @Path("reservations/{confirmationNumber}/queue")
    public StayView queue(@PathParam("confirmationNumber") String confirmationNumber) {
        return arrivals.queue(confirmationNumber);
    }

    @Operation(summary = "Check a guest in",
            description = "Registers the main guest (identity document, nationality, date of birth) and each companion,"
                    + " gives the room named (or the one assigned), records the keys and the deposit or pre-authorisation,"
                    + " and an early check-in fee if one is charged.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckInRequest.class),
            examples = {@ExampleObject(name = "passport", value = """
                    {"roomNumber": "101", "documentType": "PASSPORT", "documentNumber": "X1234567"}"""),
                @ExampleObject(name = "with a companion", value = """
                    {"documentType": "PASSPORT", "documentNumber": "X1234567", "nationality": "GB", "keys": 2,
                     "companions": [{"firstName": "Mary", "lastName": "Shelley", "documentType": "PASSPORT",
                                     "documentNumber": "Y7654321", "nationality": "GB"}],
                     "deposit": 150.00, "depositKind": "PRE_AUTHORISATION"}""")}))
    @POST
    @Path("reservations/{confirmationNumber}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    public StayView checkIn(@PathParam("confirmationNumber") String confirmationNumber,
                            @NotNull @Valid CheckInRequest request) {
        return arrivals.checkIn(confirmationNumber, request);
    }

    @Operation(summary = "The registration card as a PDF, to print and sign",
            description = "In the guest's language (en or ru), or the one asked with language; 409 before check-in.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "The card", content = @Content(mediaType = "application/pdf"))
    @GET
    @Path("reservations/{confirmationNumber}/registration-card")
    @Produces("application/pdf")
    public jakarta.ws.rs.core.Response registrationCard(@PathParam("confirmationNumber") String confirmationNumber,
                                                        @QueryParam("language") String language) {
        byte[] pdf = arrivals.registrationCard(confirmationNumber, language);
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"registration-" + confirmationNumber.strip() + ".pdf\"")
                .build();
    }

    @Operation(summary = "A walk-in: booked from today and checked in at once",
            description = "On the same availability and prices as the channels; the best ready room of the type unless"
                    + " registration.roomNumber names one. All or nothing: a refused check-in keeps no booking.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201",
            description = "Checked in; Location is the stay",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StayView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = org.innkeeper.application.dto.WalkInRequest.class),
            examples = @ExampleObject(name = "one night", value = """
                    {"roomType": "STD", "ratePlan": "BAR", "departure": "2027-03-02", "adults": 1,
                     "guest": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"},
                     "registration": {"documentType": "PASSPORT", "documentNumber": "X1234567", "nationality": "GB"}}""")))
    @POST
    @Path("walk-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response walkIn(@NotNull @Valid org.innkeeper.application.dto.WalkInRequest request,
                                              @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        StayView stay = arrivals.walkIn(request);
        return jakarta.ws.rs.core.Response.created(uri.getBaseUriBuilder().path(ArrivalResource.class)
                .path("reservations/{confirmationNumber}/stay").build(stay.confirmationNumber())).entity(stay).build();
    }

    @Operation(summary = "Undo a check-in made by mistake",
            description = "The same business date only, with a reason, while nothing but the room is on the folio (409"
                    + " folio-not-empty otherwise); the room nights are reversed and the guest is to arrive again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "wrong guest", value = """
                    {"reason": "checked in the wrong Smith"}""")))
    @POST
    @Path("reservations/{confirmationNumber}/check-in/undo")
    @Consumes(MediaType.APPLICATION_JSON)
    public StayView undoCheckIn(@PathParam("confirmationNumber") String confirmationNumber,
                                @NotNull @Valid ReasonRequest request) {
        return arrivals.undoCheckIn(confirmationNumber, request);
    }

    /** The guest did not arrive: the no-show fee of the frozen policy; the rooms still to come go back on sale. */
    @Operation(summary = "Mark a reservation as a no-show",
            description = "From the arrival date on (409 too-early before it). The no-show fee of the policy frozen at"
                    + " booking is recorded in feeCharged; the rooms of the nights still to come are sold again and"
                    + " offered to the waitlist.")
    @POST
    @Path("reservations/{confirmationNumber}/no-show")
    public ReservationView noShow(@PathParam("confirmationNumber") String confirmationNumber) {
        return reservations.markNoShow(confirmationNumber);
    }
}
