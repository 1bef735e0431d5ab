package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.CHANNEL;
import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.dto.OfferView;

/** What can be booked for a stay: the same offers the desk sees, every night's price and the total. */
@Path("availability")
@RequestScoped
@RolesAllowed({CHANNEL, FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @EJB
    AvailabilityService availability;

    @GET
    public List<OfferView> search(@QueryParam("arrival") String arrival,
                                  @QueryParam("departure") String departure,
                                  @QueryParam("adults") String adults) {
        return availability.search(QueryParams.date(arrival, "arrival"), QueryParams.date(departure, "departure"),
                QueryParams.positiveInt(adults, "adults"));
    }
}
