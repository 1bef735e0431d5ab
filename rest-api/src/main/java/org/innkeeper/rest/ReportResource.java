package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.ReportService;
import org.innkeeper.application.dto.OccupancyReportView;

/** Figures for managers. */
@Path("reports")
@RequestScoped
@RolesAllowed(MANAGER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Figures for managers")
public class ReportResource {

    @EJB
    ReportService reports;

    /** Occupancy, ADR and RevPAR per business date from..to (inclusive) and in total. */
    @Operation(summary = "Occupancy, ADR and RevPAR per day and in total (managers)")
    @GET
    @Path("occupancy")
    public OccupancyReportView occupancy(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.occupancy(QueryParams.date(from, "from"), QueryParams.date(to, "to"));
    }
}
