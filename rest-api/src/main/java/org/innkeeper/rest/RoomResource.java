package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.HOUSEKEEPING;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.RoomBlockRequest;
import org.innkeeper.application.dto.RoomBlockView;
import org.innkeeper.application.dto.RoomRackView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.rest.platform.Idempotent;

/** Phase 3, the rooms: their state, housekeeping, out of order and out of service, the room rack. */
@Path("rooms")
@ApplicationScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms", description = "Rooms, housekeeping, out of order, the room rack (staff)")
public class RoomResource {

    @EJB
    StayService stays;

    @Operation(summary = "Every room with its occupancy, housekeeping status and what today means for it")
    @GET
    @RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING})
    public List<RoomView> rooms() {
        return stays.rooms();
    }

    @Operation(summary = "Housekeeping's list: rooms a waiting guest needs first, then arrivals, due-outs, by floor")
    @GET
    @Path("housekeeping")
    @RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING})
    public List<RoomView> housekeepingBoard() {
        return stays.housekeepingBoard();
    }

    /** Housekeeping reports the room clean, inspected or dirty. */
    @Operation(summary = "Report a room clean, inspected or dirty (and what was found: VACANT or OCCUPIED)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HousekeepingChange.class),
            examples = {@ExampleObject(name = "clean", value = """
                    {"status": "CLEAN"}"""),
                @ExampleObject(name = "round: found occupied", value = """
                    {"status": "DIRTY", "found": "OCCUPIED"}""")}))
    @PUT
    @Path("{number}/housekeeping")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING})
    public RoomView changeHousekeeping(@PathParam("number") String number, @NotNull @Valid HousekeepingChange change) {
        return stays.changeHousekeeping(number, change);
    }

    @Operation(summary = "Rooms where the desk and housekeeping disagree (vacant or occupied)")
    @GET
    @Path("discrepancies")
    @RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING})
    public List<RoomView> discrepancies() {
        return stays.discrepancies();
    }

    @Operation(summary = "Take a room out of order or out of service",
            description = "OUT_OF_ORDER takes it out of inventory for the nights from..to (exclusive), refused (409"
                    + " rooms-sold) where that would leave nights sold above sellable, and (409 room-taken) where a stay"
                    + " holds the room; OUT_OF_SERVICE keeps it sellable.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomBlockRequest.class),
            examples = @ExampleObject(name = "leak", value = """
                    {"kind": "OUT_OF_ORDER", "from": "2027-03-01", "to": "2027-03-04",
                     "reason": "water leak in the bathroom", "returnStatus": "DIRTY"}""")))
    @POST
    @Path("{number}/blocks")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoomBlockView block(@PathParam("number") String number, @NotNull @Valid RoomBlockRequest request) {
        return stays.blockRoom(number, request);
    }

    @Operation(summary = "Rooms out of order or out of service from a date (default: the business date)")
    @GET
    @Path("blocks")
    @RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING})
    public List<RoomBlockView> blocks(@QueryParam("from") String from) {
        return stays.blocks(QueryParams.dateOr(from, "from", null));
    }

    @Operation(summary = "A blocked room is back: the block ends today")
    @POST
    @Path("blocks/{id}/end")
    public RoomBlockView endBlock(@PathParam("id") String id) {
        return stays.endBlock(QueryParams.positiveInt(id, "id"));
    }

    @Operation(summary = "The room rack: rooms by nights with every stay and out-of-order period, and unassigned bookings",
            description = "days: 1 to 31 (default 14); from: default the business date.")
    @GET
    @Path("rack")
    public RoomRackView rack(@QueryParam("from") String from, @QueryParam("days") String days) {
        return stays.rack(QueryParams.dateOr(from, "from", null), QueryParams.intOr(days, "days", 1, 31, 14));
    }
}
