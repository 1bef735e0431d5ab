package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.AuditTrailService;
import org.innkeeper.application.dto.ChangeView;

/** The managers' query over every audited change. */
@Path("audit-trail")
@ApplicationScoped
@RolesAllowed(MANAGER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what and when, with the values before and after")
public class AuditTrailResource {

    private static final int DEFAULT_LIMIT = 200;

    @EJB
    AuditTrailService trail;

    @Operation(summary = "Changes of a period (managers)",
            description = "The changes committed in the hotel's days from..to (default: today), newest first; actor"
                    + " (a user name, channel:CODE or system) and kind (RESERVATION, POSTING, ROOM, RATE_PLAN, PRICE,"
                    + " RESTRICTION, HOTEL_SETTINGS, STAFF) narrow them; limit 1..1000 (default 200). 422 on a bad"
                    + " period, kind or limit.")
    @GET
    public List<ChangeView> changes(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("actor") String actor, @QueryParam("kind") String kind,
                                    @QueryParam("limit") String limit) {
        return trail.changes(QueryParams.dateOr(from, "from", null), QueryParams.dateOr(to, "to", null), actor, kind,
                QueryParams.intOr(limit, "limit", 1, 1000, DEFAULT_LIMIT));
    }
}
