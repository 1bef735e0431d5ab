package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.FrontDeskService;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.RoomView;

/** The physical rooms with their occupancy and housekeeping status. */
@Path("rooms")
@RequestScoped
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms", description = "Rooms, occupancy and housekeeping (staff)")
public class RoomResource {

    @EJB
    FrontDeskService frontDesk;

    @Operation(summary = "Every room with its occupancy and housekeeping status")
    @GET
    public List<RoomView> rooms() {
        return frontDesk.rooms();
    }

    /** Housekeeping reports the room clean, inspected or dirty. */
    @Operation(summary = "Report a room clean, inspected or dirty")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HousekeepingChange.class),
            examples = @ExampleObject(name = "clean", value = """
                    {"status": "CLEAN"}""")))
    @PUT
    @Path("{number}/housekeeping")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoomView changeHousekeeping(@PathParam("number") String number, @NotNull @Valid HousekeepingChange change) {
        return frontDesk.changeHousekeeping(number, change);
    }
}
