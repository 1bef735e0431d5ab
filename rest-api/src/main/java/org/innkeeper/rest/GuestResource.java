package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.GuestService;
import org.innkeeper.application.dto.GuestMergeRequest;
import org.innkeeper.application.dto.GuestProfileRequest;
import org.innkeeper.application.dto.GuestProfileView;
import org.innkeeper.application.dto.GuestSummaryView;
import org.innkeeper.rest.platform.Idempotent;

/** The guest as a person: profiles across stays, found, read, kept up to date and merged by staff. */
@Path("guests")
@ApplicationScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guests", description = "Guest profiles: contacts, preferences, alerts, stays; merge duplicates (staff)")
public class GuestResource {

    private static final int SEARCH_LIMIT = 50;

    @EJB
    GuestService guests;
    @EJB
    org.innkeeper.application.GuestDataService guestData;

    @Operation(summary = "Find guests by name, e-mail or phone",
            description = "Profiles whose name, e-mail or phone contains the text (at most 50, by name); merged"
                    + " profiles are left out.")
    @GET
    public List<GuestSummaryView> search(@QueryParam("q") String text) {
        return guests.search(text, SEARCH_LIMIT);
    }

    @Operation(summary = "Read a guest profile",
            description = "Contacts, language, VIP level, loyalty tier, preferences, notes, the alert, and every stay"
                    + " with its dates, room type, status and revenue. A merged profile names the one it was merged"
                    + " into (mergedIntoId).")
    @GET
    @Path("{id}")
    public GuestProfileView profile(@PathParam("id") long id) {
        return guests.profile(id);
    }

    @Operation(summary = "Change a guest profile",
            description = "What is left out stays; an empty text or list clears it. Preferences are room features"
                    + " (NON_SMOKING, SMOKING, QUIET, ACCESSIBLE, BATHTUB, SHOWER, RIVER_VIEW, CITY_VIEW); VIP level"
                    + " 0 to 3; loyalty tier NONE, SILVER, GOLD or PLATINUM; language en or ru. 422 on anything else,"
                    + " and nothing changes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GuestProfileRequest.class),
            examples = @ExampleObject(name = "a quiet room, no feathers", value = """
                    {"vipLevel": 1, "loyaltyTier": "GOLD", "preferences": ["QUIET", "NON_SMOKING"],
                     "pillow": "synthetic", "allergies": "feathers", "alert": "allergic to feathers"}""")))
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public GuestProfileView update(@PathParam("id") long id, @NotNull @Valid GuestProfileRequest change) {
        return guests.update(id, change);
    }

    @Operation(summary = "Merge a duplicate profile into this one",
            description = "The duplicate's reservations move here, its preferences and notes are combined with these,"
                    + " and it is marked merged into this profile. 409 when merging a profile into itself, or into or"
                    + " from a profile merged already. Channels keep seeing their reservations' guests as they sent them.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GuestMergeRequest.class),
            examples = @ExampleObject(name = "the same person", value = """
                    {"duplicateId": 1051}""")))
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public GuestProfileView merge(@PathParam("id") long id, @NotNull @Valid GuestMergeRequest request) {
        return guests.merge(id, request.duplicateId());
    }

    @Operation(summary = "Everything held on a guest (managers)",
            description = "The profile (and profiles merged into it), preferences, reservations and their nights,"
                    + " companions, folios and postings, invoices, requests, complaints, surveys, e-mails to the guest"
                    + " and the audit trail of their reservations, table by table. 404 for an unknown guest.")
    @GET
    @Path("{id}/export")
    @RolesAllowed(MANAGER)
    public org.innkeeper.application.dto.GuestDataView export(@PathParam("id") long id) {
        return guestData.export(id);
    }

    @Operation(summary = "Erase a guest's data (managers)",
            description = "Anonymises name, contacts, documents, preferences, notes and free text wherever kept, the"
                    + " audit trail's copies included. Invoices stay as issued (the law keeps them). 409 guest-current"
                    + " while the guest is in house or has a reservation to come. Who erased whom is recorded.")
    @POST
    @Path("{id}/erasure")
    @RolesAllowed(MANAGER)
    public org.innkeeper.application.dto.GuestErasureView erase(@PathParam("id") long id) {
        return guestData.erase(id);
    }
}
