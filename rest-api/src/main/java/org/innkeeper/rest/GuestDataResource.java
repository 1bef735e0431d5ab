package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.GuestDataService;
import org.innkeeper.application.dto.RetentionRequest;
import org.innkeeper.application.dto.RetentionView;
import org.innkeeper.rest.platform.Idempotent;

/** How long guests' data is kept after their last stay (GDPR), and its run, for managers. */
@Path("guest-data")
@ApplicationScoped
@Idempotent
@RolesAllowed(MANAGER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guest data", description = "Export and erase a guest's data; how long it is kept (managers)")
public class GuestDataResource {

    @EJB
    GuestDataService guestData;

    @Operation(summary = "How long guests' data is kept after their last stay")
    @GET
    @Path("retention")
    public RetentionView retention() {
        return guestData.retention();
    }

    @Operation(summary = "Set how long guests' data is kept", description = "days 30 to 7300; 422 otherwise.")
    @PUT
    @Path("retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionView keep(@NotNull @Valid RetentionRequest request) {
        return guestData.keepGuestDataFor(request.days());
    }

    @Operation(summary = "Run the retention now",
            description = "Erases the guests whose last stay ended longer ago than the retention period (at most 500"
                    + " a run; it also runs by itself every night).")
    @POST
    @Path("retention/runs")
    public RetentionView run() {
        return guestData.applyRetention();
    }
}
