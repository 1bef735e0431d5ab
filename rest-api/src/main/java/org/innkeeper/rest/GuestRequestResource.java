package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.CHANNEL;
import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.HOUSEKEEPING;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.GuestRequestService;
import org.innkeeper.application.dto.GuestLinkRequest;
import org.innkeeper.application.dto.GuestLinkView;
import org.innkeeper.application.dto.GuestRequestForm;
import org.innkeeper.application.dto.GuestRequestView;
import org.innkeeper.application.dto.RequestBoardView;
import org.innkeeper.application.dto.RequestCategoryView;
import org.innkeeper.application.dto.RequestFiguresView;
import org.innkeeper.application.dto.RequestNoteRequest;
import org.innkeeper.application.dto.RequestTargetForm;
import org.innkeeper.application.dto.RequestTargetView;
import org.innkeeper.application.dto.StaffNoticeView;
import org.innkeeper.domain.request.RequestSource;
import org.innkeeper.rest.platform.Idempotent;

/**
 * Guest requests for staff (and channels, for their own reservations): log, move through their
 * states, the department boards, the targets, the figures, escalation notices and guest-page links.
 */
@Path("requests")
@RequestScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guest requests", description = "Requests with response and resolution targets, escalation and figures")
public class GuestRequestResource {

    @EJB
    GuestRequestService requests;

    @Context
    SecurityContext security;

    @Operation(summary = "Log a guest request",
            description = "Category (TOWELS, CLEANING, REPAIR, NOISE, LATE_CHECKOUT, TAXI, ROOM_SERVICE, OTHER) sends it to its"
                    + " department; its targets come from the category and the guest's tier (VIP, LOYALTY, STANDARD)."
                    + " A channel may log one for its own reservations only (another's is 404).")
    @POST
    @RolesAllowed({FRONT_DESK, MANAGER, HOUSEKEEPING, CHANNEL})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@NotNull @Valid GuestRequestForm form, @Context UriInfo uri) {
        String channel = Callers.viewerChannel(security);
        GuestRequestView logged;
        if (channel != null) {
            logged = requests.logForChannel(channel, form);
        } else {
            boolean housekeeping = security.isUserInRole(HOUSEKEEPING) && !security.isUserInRole(FRONT_DESK)
                    && !security.isUserInRole(MANAGER);
            logged = requests.log(form, housekeeping ? RequestSource.HOUSEKEEPING : RequestSource.STAFF_API);
        }
        return Response.created(uri.getBaseUriBuilder().path(GuestRequestResource.class).path(String.valueOf(logged.id()))
                .build()).entity(logged).build();
    }

    @Operation(summary = "A request with its clocks and history")
    @GET
    @Path("{id}")
    public GuestRequestView request(@PathParam("id") long id) {
        return requests.request(id);
    }

    @Operation(summary = "The requests of a stay, newest first")
    @GET
    public List<GuestRequestView> ofReservation(@QueryParam("reservation") String confirmationNumber) {
        if (confirmationNumber == null || confirmationNumber.isBlank()) {
            throw new org.innkeeper.domain.shared.InvalidValueException("reservation", "name the reservation");
        }
        return requests.ofReservation(confirmationNumber);
    }

    @Operation(summary = "First response: the request is acknowledged")
    @POST
    @Path("{id}/acknowledge")
    public GuestRequestView acknowledge(@PathParam("id") long id) {
        return requests.acknowledge(id);
    }

    @Operation(summary = "Work on the request has started")
    @POST
    @Path("{id}/start")
    public GuestRequestView start(@PathParam("id") long id) {
        return requests.start(id);
    }

    @Operation(summary = "Resolved, with an optional note of what was done")
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public GuestRequestView resolve(@PathParam("id") long id, @Valid RequestNoteRequest note) {
        return requests.resolve(id, note == null ? null : note.note());
    }

    @Operation(summary = "Reopened, with the reason; the resolution clock starts again")
    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public GuestRequestView reopen(@PathParam("id") long id, @NotNull @Valid RequestNoteRequest note) {
        return requests.reopen(id, note.note());
    }

    @Operation(summary = "Report back on the request (the escalated person's report); kept in the history")
    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    public GuestRequestView report(@PathParam("id") long id, @NotNull @Valid RequestNoteRequest note) {
        return requests.report(id, note.note());
    }

    @Operation(summary = "A department's live board: open requests, overdue first, and today's figures",
            description = "department FRONT_OFFICE, HOUSEKEEPING, MAINTENANCE, CONCIERGE or FOOD_AND_BEVERAGE; all when left out.")
    @GET
    @Path("board")
    public RequestBoardView board(@QueryParam("department") String department) {
        return requests.board(department);
    }

    @Operation(summary = "The request categories and their departments")
    @GET
    @Path("categories")
    public List<RequestCategoryView> categories() {
        return requests.categories();
    }

    @Operation(summary = "The targets per category and guest tier, in minutes")
    @GET
    @Path("targets")
    public List<RequestTargetView> targets() {
        return requests.targets();
    }

    @Operation(summary = "Set the target of a category for a tier (managers)")
    @PUT
    @Path("targets")
    @RolesAllowed(MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestTargetView setTarget(@NotNull @Valid RequestTargetForm form) {
        return requests.setTarget(form);
    }

    @Operation(summary = "Figures of the requests logged in a period (managers)",
            description = "Share answered and resolved within target, median first-response and resolution minutes, counts.")
    @GET
    @Path("figures")
    @RolesAllowed(MANAGER)
    public RequestFiguresView figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return requests.figures(QueryParams.date(from, "from"), QueryParams.date(to, "to"));
    }

    @Operation(summary = "Run the escalation as if it were a given instant (managers; demo and test servers only)")
    @POST
    @Path("escalations")
    @RolesAllowed(MANAGER)
    public Map<String, Integer> escalate(@QueryParam("at") String at) {
        return Map.of("escalated", requests.escalateOverdueAt(QueryParams.instant(at, "at")));
    }

    @Operation(summary = "The caller's notices: requests escalated to them, unread first")
    @GET
    @Path("notices")
    public List<StaffNoticeView> notices() {
        return requests.notices();
    }

    @Operation(summary = "Mark a notice read")
    @POST
    @Path("notices/{id}/read")
    public Response read(@PathParam("id") long id) {
        requests.markNoticeRead(id);
        return Response.noContent().build();
    }

    @Operation(summary = "Issue the private guest-page link of a stay",
            description = "A 256-bit token shown only in this answer; the stay's earlier link stops working.")
    @POST
    @Path("guest-links")
    @RolesAllowed({FRONT_DESK, MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issueLink(@NotNull @Valid GuestLinkRequest request) {
        GuestLinkView link = requests.issueGuestLink(request.confirmationNumber());
        return Response.status(Response.Status.CREATED).entity(link).build();
    }
}
