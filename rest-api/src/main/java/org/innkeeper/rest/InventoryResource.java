package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.MANAGER;
import static org.innkeeper.rest.security.ApiRoles.NIGHT_AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.dto.InventoryCheckView;

/** The inventory check: rooms counted sold against the reservations that hold rooms (managers, night auditors). */
@Path("frontdesk/inventory")
@ApplicationScoped
@RolesAllowed({MANAGER, NIGHT_AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory", description = "Rooms sold per room type and night checked against the reservations (staff)")
public class InventoryResource {

    @EJB
    AvailabilityService availability;

    @Operation(summary = "Check inventory against the reservations holding rooms",
            description = "Every room type and night from..to (exclusive; default the business date and a year"
                    + " on, at most 731 days) whose rooms sold differ from the options, confirmed, guaranteed, in-house"
                    + " and checked-out reservations holding it; consistent=true when there are none.")
    @GET
    @Path("check")
    public InventoryCheckView check(@Parameter(description = "first night (ISO date)") @QueryParam("from") String from,
                                    @Parameter(description = "the night after the last (ISO date)") @QueryParam("to") String to) {
        return availability.inventoryCheck(QueryParams.dateOr(from, "from", null), QueryParams.dateOr(to, "to", null));
    }
}
