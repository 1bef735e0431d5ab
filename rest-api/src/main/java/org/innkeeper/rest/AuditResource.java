package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.MANAGER;
import static org.innkeeper.rest.security.ApiRoles.NIGHT_AUDITOR;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.NightAuditService;
import org.innkeeper.application.dto.AuditRunRequest;
import org.innkeeper.application.dto.AuditScheduleRequest;
import org.innkeeper.application.dto.NightAuditView;
import org.innkeeper.rest.platform.Idempotent;

/** The close of the business day, for managers and night auditors. */
@Path("audit")
@ApplicationScoped
@Idempotent
@RolesAllowed({MANAGER, NIGHT_AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Night audit", description = "Close the business day: pre-checks, no-shows, posting, statistics, the new date")
public class AuditResource {

    @EJB
    NightAuditService audit;

    @Operation(summary = "The business date, its pre-checks and the last audit")
    @GET
    public NightAuditView status() {
        return audit.status();
    }

    @Operation(summary = "Run (or resume) the night audit of the business date",
            description = "businessDate must be the hotel's business date: a repeated request never closes the next day."
                    + " 409 audit-blocked while a blocking pre-check fails (departures not checked out); 409"
                    + " audit-warnings until the warnings are acknowledged; 409 audit-date-moved once the day is closed."
                    + " An audit stopped anywhere resumes after its last finished step and posts nothing twice.")
    @APIResponse(responseCode = "200", description = "Done: the new business date, its pre-checks and the audit's log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NightAuditView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AuditRunRequest.class),
            examples = @ExampleObject(name = "run", value = """
                    {"businessDate": "2026-11-30", "acknowledgeWarnings": true}""")))
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public NightAuditView run(@NotNull @Valid AuditRunRequest request) {
        return audit.run(request);
    }

    @Operation(summary = "Set the hour the audit runs by itself (managers)",
            description = "hour 0 to 23 in the hotel's time: an hour before noon closes the business date in the night"
                    + " after it, an hour from noon on the same evening; null: only by hand. A blocking pre-check stops"
                    + " the automatic run; it tries again every ten minutes.")
    @PUT
    @Path("schedule")
    @RolesAllowed(MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    public NightAuditView schedule(@NotNull @Valid AuditScheduleRequest request) {
        return audit.scheduleAt(request.hour());
    }

    @Operation(summary = "The audit of a past business date, with its log")
    @GET
    @Path("runs/{businessDate}")
    public NightAuditView.Run past(@PathParam("businessDate") String businessDate) {
        return audit.audit(QueryParams.dateOr(businessDate, "businessDate", null));
    }
}
