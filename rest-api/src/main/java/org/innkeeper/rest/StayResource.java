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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.RoomMoveRequest;
import org.innkeeper.application.dto.StayChangeRequest;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.rest.platform.Idempotent;

/** Phase 3, the stay: guests in the house, room moves, extensions and early departures. */
@Path("frontdesk")
@ApplicationScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stay", description = "Guests in house, room moves, extensions, early departures (staff)")
public class StayResource {

    @EJB
    StayService stays;

    @Operation(summary = "Guests in house")
    @GET
    @Path("in-house")
    public List<ReservationSummary> inHouse() {
        return stays.inHouse();
    }

    @Operation(summary = "Move a guest in the house to another room from tonight",
            description = "To a vacant, clean room, with a reason (kept in the history). To another type the rate is"
                    + " kept (KEEP, a complimentary upgrade) or the remaining nights re-priced (REPRICE). The old room"
                    + " becomes dirty.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomMoveRequest.class),
            examples = @ExampleObject(name = "noise", value = """
                    {"roomNumber": "305", "reason": "noise from the street"}""")))
    @POST
    @Path("reservations/{confirmationNumber}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public StayView move(@PathParam("confirmationNumber") String confirmationNumber,
                         @NotNull @Valid RoomMoveRequest request) {
        return stays.moveRoom(confirmationNumber, request);
    }

    @Operation(summary = "Plan a room move for a later night of the stay",
            description = "To a room of the same type from the night 'on' (after today, before the last night); the"
                    + " room's nights are held from then on at once (409 room-taken if another stay has them).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = org.innkeeper.application.dto.PlannedMoveRequest.class),
            examples = @ExampleObject(name = "quieter from the third night", value = """
                    {"roomNumber": "305", "reason": "a quieter room from the third night", "on": "2027-03-03"}""")))
    @POST
    @Path("reservations/{confirmationNumber}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    public org.innkeeper.application.dto.PlannedMoveView planMove(@PathParam("confirmationNumber") String confirmationNumber,
                                                                  @NotNull @Valid org.innkeeper.application.dto.PlannedMoveRequest request) {
        return stays.planMove(confirmationNumber, request);
    }

    @Operation(summary = "Planned moves due on or before a date (default: the business date)")
    @GET
    @Path("moves")
    public List<org.innkeeper.application.dto.PlannedMoveView> movesDue(@jakarta.ws.rs.QueryParam("date") String date) {
        return stays.movesDue(QueryParams.dateOr(date, "date", null));
    }

    @Operation(summary = "Carry out a planned move on its day",
            description = "The new room must be vacant and clean by then; the old room turns dirty.")
    @POST
    @Path("moves/{id}/done")
    public StayView carryOut(@PathParam("id") String id) {
        return stays.carryOutMove(QueryParams.positiveInt(id, "id"));
    }

    @Operation(summary = "Call off a planned move: the guest keeps the room")
    @POST
    @Path("moves/{id}/cancel")
    public org.innkeeper.application.dto.PlannedMoveView cancelMove(@PathParam("id") String id) {
        return stays.cancelMove(QueryParams.positiveInt(id, "id"));
    }

    @Operation(summary = "Mark a stay as house use (managers)",
            description = "A room the hotel uses itself (a manager on duty, a contractor): from tonight its nights are"
                    + " posted at zero without city tax and counted as house use, not as rooms sold. 409 for staff who"
                    + " are not managers.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = org.innkeeper.application.dto.HouseUseRequest.class),
            examples = @ExampleObject(name = "house use", value = """
                    {"houseUse": true}""")))
    @POST
    @Path("reservations/{confirmationNumber}/house-use")
    @Consumes(MediaType.APPLICATION_JSON)
    public StayView houseUse(@PathParam("confirmationNumber") String confirmationNumber,
                             @NotNull @Valid org.innkeeper.application.dto.HouseUseRequest request) {
        return stays.houseUse(confirmationNumber, request.houseUse());
    }

    @Operation(summary = "Extend a stay",
            description = "The nights added are priced at today's prices of the booked plan; 409 when the room or the"
                    + " type is not free then, with the alternatives in the detail.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StayChangeRequest.class),
            examples = @ExampleObject(name = "one more night", value = """
                    {"departure": "2027-03-04"}""")))
    @POST
    @Path("reservations/{confirmationNumber}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    public StayView extend(@PathParam("confirmationNumber") String confirmationNumber,
                           @NotNull @Valid StayChangeRequest request) {
        return stays.extend(confirmationNumber, request);
    }

    @Operation(summary = "Shorten a stay (early departure)",
            description = "The nights given up go back on sale and to the waitlist; their postings are reversed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StayChangeRequest.class),
            examples = @ExampleObject(name = "leaves a day early", value = """
                    {"departure": "2027-03-02"}""")))
    @POST
    @Path("reservations/{confirmationNumber}/shorten")
    @Consumes(MediaType.APPLICATION_JSON)
    public StayView shorten(@PathParam("confirmationNumber") String confirmationNumber,
                            @NotNull @Valid StayChangeRequest request) {
        return stays.shorten(confirmationNumber, request);
    }
}
