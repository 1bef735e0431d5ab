package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.HOUSEKEEPING;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;
import static org.innkeeper.rest.security.ApiRoles.NIGHT_AUDITOR;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.StaffService;
import org.innkeeper.application.dto.PasswordChange;
import org.innkeeper.application.dto.PasswordReset;
import org.innkeeper.application.dto.StaffChange;
import org.innkeeper.application.dto.StaffMemberForm;
import org.innkeeper.application.dto.StaffMemberView;
import org.innkeeper.rest.platform.Idempotent;

/** Staff accounts: managers administer them; everyone changes their own password. */
@Path("staff")
@RequestScoped
@Idempotent
@RolesAllowed(MANAGER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "Staff accounts (managers) and each member of staff's own password")
public class StaffResource {

    /** The one address a member of staff holding a temporary password may call (see ApiAuthenticationFilter). */
    public static final String OWN_PASSWORD = "staff/me/password";

    @EJB
    StaffService staff;

    @Context
    UriInfo uri;

    @Operation(summary = "Every staff account, active or not, with its roles")
    @GET
    public List<StaffMemberView> staff() {
        return staff.staff();
    }

    @Operation(summary = "Open a staff account",
            description = "Roles among FRONT_DESK, MANAGER, HOUSEKEEPING, NIGHT_AUDITOR. The password (at least 10"
                    + " characters, not the user name) is temporary: it is changed at the first login. `409 username-taken`.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@NotNull @Valid StaffMemberForm form) {
        StaffMemberView opened = staff.open(form);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.username()).build()).entity(opened).build();
    }

    @Operation(summary = "One staff account")
    @GET
    @Path("{username}")
    public StaffMemberView member(@PathParam("username") String username) {
        return staff.member(username);
    }

    @Operation(summary = "Change a staff account's name, roles or whether it is active",
            description = "Only what is sent changes. `active: false` deactivates the account: it can no longer log in."
                    + " `409 own-account` for a manager's own deactivation or manager role, `409 last-manager` when no"
                    + " other active manager would be left.")
    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffMemberView change(@PathParam("username") String username, @NotNull @Valid StaffChange change) {
        return staff.change(username, change);
    }

    @Operation(summary = "Give a member of staff a temporary password",
            description = "For a forgotten password: the member of staff changes it at the next login.")
    @POST
    @Path("{username}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffMemberView resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordReset reset) {
        return staff.resetPassword(username, reset);
    }

    @Operation(summary = "Change the caller's own password",
            description = "The current password proves it is them. The new one has at least 10 characters and is not the"
                    + " user name. While a temporary password is in use, this is the only call the API answers (others: `403"
                    + " password-change-required`).")
    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING, NIGHT_AUDITOR})
    public Response changeOwnPassword(@NotNull @Valid PasswordChange change) {
        staff.changeOwnPassword(change);
        return Response.noContent().build();
    }
}
