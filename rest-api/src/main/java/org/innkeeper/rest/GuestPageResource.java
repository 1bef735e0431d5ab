package org.innkeeper.rest;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.GuestRequestService;
import org.innkeeper.application.dto.GuestPageRequest;
import org.innkeeper.application.dto.GuestPageView;

/**
 * The guest page's own API: no login, the private link's token is the only credential and opens
 * one stay only, until its departure day ends. Any token that opens nothing is the same 404.
 */
@Path(GuestPageResource.PATH + "/{token}")
@org.innkeeper.rest.platform.Idempotent
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guest page", description = "The guest's own page, reached by a private link (no login)")
public class GuestPageResource {

    /** Paths under this one are authenticated by their token alone (see ApiAuthenticationFilter). */
    public static final String PATH = "guest-page";

    @EJB
    GuestRequestService requests;

    @Operation(summary = "The stay of the link: guest, room, dates, what can be asked for and what was asked")
    @GET
    public GuestPageView page(@PathParam("token") String token) {
        return requests.guestPage(token);
    }

    @Operation(summary = "The guest asks for something (category and text); its targets are the guest's tier's")
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("token") String token, @NotNull @Valid GuestPageRequest request) {
        return Response.status(Response.Status.CREATED).entity(requests.logByGuest(token, request)).build();
    }

    @Operation(summary = "The guest tells the hotel what went wrong (category and their own words)",
            description = "A complaint of the link's stay for the duty manager, source GUEST_PAGE; the answer is its"
                    + " reference. Categories: ROOM, CLEANLINESS, NOISE, FOOD_AND_BEVERAGE, STAFF, BILLING, MAINTENANCE,"
                    + " OTHER.")
    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complain(@PathParam("token") String token,
                             @NotNull @Valid org.innkeeper.application.dto.GuestPageComplaint complaint) {
        return Response.status(Response.Status.CREATED)
                .entity(java.util.Map.of("reference", requests.complainByGuest(token, complaint))).build();
    }

    /** Whether a request's path is the guest page's. */
    public static boolean isGuestPage(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith(PATH + "/");
    }
}
