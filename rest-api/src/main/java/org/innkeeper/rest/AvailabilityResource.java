package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.CHANNEL;
import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.dto.AvailabilityGridView;
import org.innkeeper.application.dto.AvailabilityView;

/**
 * What can be booked for a stay: the same offers the desk sees, every night's price, the taxes, the
 * total and the policies; what can't be sold and why; and alternative dates when nothing fits.
 */
@Path("availability")
@ApplicationScoped
@RolesAllowed({CHANNEL, FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability", description = "Search what can be booked; the desk's grid")
public class AvailabilityResource {

    @EJB
    AvailabilityService availability;

    @Operation(summary = "Offers for a stay and party",
            description = "Every bookable room type and rate plan with each night's price, taxes, total and policies; what can't be sold and why; alternative dates when nothing fits.")
    @GET
    public AvailabilityView search(@QueryParam("arrival") String arrival,
                                   @QueryParam("departure") String departure,
                                   @QueryParam("adults") String adults,
                                   @QueryParam("children") String children) {
        return availability.search(QueryParams.date(arrival, "arrival"), QueryParams.date(departure, "departure"),
                QueryParams.positiveInt(adults, "adults"), QueryParams.intOr(children, "children", 0, 7, 0));
    }

    /** Rooms left per room type and night (staff): the desk's grid. */
    @Operation(summary = "Rooms left per room type and night (staff)")
    @GET
    @Path("grid")
    @RolesAllowed({FRONT_DESK, MANAGER})
    public AvailabilityGridView grid(@QueryParam("from") String from, @QueryParam("days") String days) {
        return availability.grid(QueryParams.date(from, "from"),
                QueryParams.intOr(days, "days", 1, AvailabilityService.MAX_GRID_DAYS, 30));
    }
}
