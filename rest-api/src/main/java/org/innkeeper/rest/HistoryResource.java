package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;
import static org.innkeeper.rest.security.ApiRoles.NIGHT_AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.AuditTrailService;
import org.innkeeper.application.dto.ChangeView;

/** A reservation's history from the audit trail, for staff. */
@Path("frontdesk/reservations/{confirmationNumber}/history")
@ApplicationScoped
@RolesAllowed({FRONT_DESK, MANAGER, NIGHT_AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what and when, with the values before and after")
public class HistoryResource {

    @EJB
    AuditTrailService trail;

    @Operation(summary = "A reservation's history",
            description = "Every change of the reservation (its stay included) and of its folio's postings, oldest"
                    + " first: when, who (a member of staff, channel:CODE or system), ADDED / CHANGED / REMOVED and"
                    + " each field before and after. 404 for an unknown confirmation number.")
    @GET
    public List<ChangeView> history(@PathParam("confirmationNumber") String confirmationNumber) {
        return trail.reservationHistory(confirmationNumber);
    }
}
