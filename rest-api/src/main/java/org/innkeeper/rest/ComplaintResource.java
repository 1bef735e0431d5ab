package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.ComplaintService;
import org.innkeeper.application.dto.ComplaintRequest;
import org.innkeeper.application.dto.ComplaintView;
import org.innkeeper.application.dto.CompensationRequest;
import org.innkeeper.application.dto.FollowUpRequest;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.ResolutionRequest;
import org.innkeeper.application.dto.StandardResolutionView;
import org.innkeeper.rest.platform.Idempotent;

/** Complaints for staff: registered from any source, resolved, compensated on the folio, followed up. */
@Path("complaints")
@ApplicationScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER, NIGHT_AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Complaints, their standard resolutions, compensation and follow-up (staff)")
public class ComplaintResource {

    @EJB
    ComplaintService complaints;

    @Operation(summary = "Complaints, newest first", description = "All, or those of a status: OPEN, RESOLVED, CLOSED.")
    @GET
    public List<ComplaintView> complaints(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        return complaints.complaints(status, QueryParams.intOr(limit, "limit", 1, 500, 100));
    }

    @Operation(summary = "Register a complaint",
            description = "About a stay (its guest and room are taken from it) or a guest without one; due by the"
                    + " category's standard resolution; flagged as a repeat when the same room and category came up"
                    + " in the last 30 days, or the same guest complained before.")
    @APIResponse(responseCode = "201", description = "Registered; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintRequest.class),
            examples = @ExampleObject(name = "by phone", value = """
                    {"confirmationNumber": "K7QX2M9PLA", "category": "NOISE", "severity": "MEDIUM", "source": "PHONE",
                     "guestWords": "The bar downstairs is loud after midnight"}""")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid ComplaintRequest request, @Context UriInfo uri) {
        return created(complaints.register(request), uri);
    }

    @Operation(summary = "A complaint with its standard resolution and history")
    @GET
    @Path("{reference}")
    public ComplaintView complaint(@PathParam("reference") String reference) {
        return complaints.complaint(reference);
    }

    @Operation(summary = "Resolve a complaint", description = "What was done, whether the guest accepted, whether the"
            + " mistake was admitted. A follow-up falls due 24 hours later. 409 unless it is open.")
    @POST
    @Path("{reference}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView resolve(@PathParam("reference") String reference, @NotNull @Valid ResolutionRequest request) {
        return complaints.resolve(reference, request);
    }

    @Operation(summary = "Compensate the guest on the folio",
            description = "DISCOUNT: an amount off an article (ROOM by default) as a negative charge; FREE_SERVICE: the"
                    + " charge postingId reversed. Both carry the complaint's reference (reason and complaint on the"
                    + " posting). 409 compensation-exceeds-charges, adjustment-needs-manager, already-reversed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompensationRequest.class),
            examples = {@ExampleObject(name = "discount", value = """
                    {"kind": "DISCOUNT", "article": "ROOM", "amount": 20.00, "reason": "cold shower"}"""),
                    @ExampleObject(name = "free service", value = """
                    {"kind": "FREE_SERVICE", "postingId": 1234, "reason": "dish sent back"}""")}))
    @POST
    @Path("{reference}/compensations")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView compensate(@PathParam("reference") String reference,
                                    @NotNull @Valid CompensationRequest request) {
        return complaints.compensate(reference, request);
    }

    @Operation(summary = "Record the follow-up call: the complaint is closed")
    @POST
    @Path("{reference}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView followUp(@PathParam("reference") String reference, @NotNull @Valid FollowUpRequest request) {
        return complaints.followUp(reference, request);
    }

    @Operation(summary = "Reopen a resolved complaint, with the reason")
    @POST
    @Path("{reference}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView reopen(@PathParam("reference") String reference, @NotNull @Valid ReasonRequest request) {
        return complaints.reopen(reference, request);
    }

    @Operation(summary = "Follow-ups due now, the most overdue first")
    @GET
    @Path("follow-ups-due")
    public List<ComplaintView> followUpsDue() {
        return complaints.followUpsDue();
    }

    @Operation(summary = "Repeat complaints, for the manager")
    @GET
    @Path("repeats")
    @RolesAllowed(MANAGER)
    public List<ComplaintView> repeats() {
        return complaints.repeats();
    }

    @Operation(summary = "The complaints of a stay and of its guest's earlier stays (what the desk sees at arrival)")
    @GET
    @Path("stays/{confirmationNumber}")
    public List<ComplaintView> forStay(@PathParam("confirmationNumber") String confirmationNumber) {
        return complaints.forStay(confirmationNumber);
    }

    @Operation(summary = "The standard resolution of every category")
    @GET
    @Path("standards")
    public List<StandardResolutionView> standards() {
        return complaints.standards();
    }

    @Operation(summary = "Change a category's standard resolution (managers)")
    @PUT
    @Path("standards/{category}")
    @RolesAllowed(MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    public StandardResolutionView changeStandard(@PathParam("category") String category,
                                                 @NotNull @Valid StandardResolutionView change) {
        return complaints.changeStandard(category, change);
    }

    private static Response created(ComplaintView complaint, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path(ComplaintResource.class).path("{reference}")
                .build(complaint.reference())).entity(complaint).build();
    }
}
