package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.ReportService;
import org.innkeeper.application.dto.CashierReportView;
import org.innkeeper.application.dto.ManagerReportView;
import org.innkeeper.application.dto.OccupancyReportView;
import org.innkeeper.application.dto.ReportDocument;
import org.innkeeper.application.ReportFormat;
import org.innkeeper.application.ReportKind;
import org.innkeeper.application.dto.TrialBalanceView;
import org.innkeeper.application.dto.ServiceQualityView;

/**
 * Figures for managers. The reports of a business date answer JSON, or a file: CSV, XLSX or PDF, asked
 * with {@code ?format=} or the Accept header ({@code format} wins).
 */
@Path("reports")
@RequestScoped
@RolesAllowed(MANAGER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Figures for managers")
public class ReportResource {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PDF = "application/pdf";

    @EJB
    ReportService reports;

    @EJB
    org.innkeeper.application.SurveyService surveys;

    @Context
    HttpHeaders headers;

    /** Occupancy, ADR and RevPAR per business date from..to (inclusive) and in total. */
    @Operation(summary = "Occupancy, ADR and RevPAR per day and in total (managers)")
    @GET
    @Path("occupancy")
    public OccupancyReportView occupancy(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.occupancy(QueryParams.date(from, "from"), QueryParams.date(to, "to"));
    }

    @Operation(summary = "The manager's daily report (managers)",
            description = "Occupancy, ADR, RevPAR, TRevPAR, ALOS, rooms sold, revenue by department, arrivals,"
                    + " departures, no-shows and cancellations for the day, month to date and year to date, each"
                    + " against the same dates a year before; read from the figures the night audit froze (a day"
                    + " not frozen counts as none: daysFrozen says how many were). JSON, CSV, XLSX or PDF.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagerReportView.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @GET
    @Path("manager")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    public Response manager(@Parameter(description = "business date; default the last closed day")
                            @QueryParam("date") String date,
                            @Parameter(description = "json, csv, xlsx or pdf; default from Accept")
                            @QueryParam("format") String format) {
        LocalDate day = QueryParams.dateOr(date, "date", null);
        return answer(ReportKind.MANAGER, day, format, () -> reports.managerReport(day));
    }

    @Operation(summary = "The trial balance of a business date (managers)",
            description = "Guest ledger: opening balance + charges by department − payments by method = closing"
                    + " balance, and the same closing summed folio by folio (balanced when they agree); the deposits"
                    + " in it (folios whose guest had not arrived); the city ledger (companies: billed, paid, owed).")
    @APIResponse(responseCode = "200", description = "The trial balance", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrialBalanceView.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @GET
    @Path("trial-balance")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    public Response trialBalance(@Parameter(description = "business date; default the last closed day")
                                 @QueryParam("date") String date,
                                 @Parameter(description = "json, csv, xlsx or pdf; default from Accept")
                                 @QueryParam("format") String format) {
        LocalDate day = QueryParams.dateOr(date, "date", null);
        return answer(ReportKind.TRIAL_BALANCE, day, format, () -> reports.trialBalance(day));
    }

    @Operation(summary = "The cashier report of a business date (managers)",
            description = "Payments by member of staff and method, with totals; refunds count negative.")
    @APIResponse(responseCode = "200", description = "The cashier report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CashierReportView.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @GET
    @Path("cashier")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    public Response cashier(@Parameter(description = "business date; default the last closed day")
                            @QueryParam("date") String date,
                            @Parameter(description = "json, csv, xlsx or pdf; default from Accept")
                            @QueryParam("format") String format) {
        LocalDate day = QueryParams.dateOr(date, "date", null);
        return answer(ReportKind.CASHIER, day, format, () -> reports.cashierReport(day));
    }

    @Operation(summary = "Pace against last year (managers)",
            description = "For each of the next twelve months: rooms and room revenue on the books at the close of the"
                    + " date, on the books at the close of the same date last year for the month a year before, the"
                    + " difference, and that month's final figures; read only from what the night audit froze.")
    @APIResponse(responseCode = "200", description = "The pace report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = org.innkeeper.application.dto.PaceReportView.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @GET
    @Path("pace")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    public Response pace(@Parameter(description = "business date; default the last closed day")
                         @QueryParam("date") String date,
                         @Parameter(description = "json, csv, xlsx or pdf; default from Accept")
                         @QueryParam("format") String format) {
        LocalDate day = QueryParams.dateOr(date, "date", null);
        return answer(ReportKind.PACE, day, format, () -> reports.pace(day));
    }

    @Operation(summary = "Service quality (managers)",
            description = "For stays that left from..to (default: the last 12 months): NPS (% promoters 9-10 less %"
                    + " detractors 0-6) and CSAT (% of 4-5 answers) overall, by department and by the staff who checked"
                    + " the guests in and out; complaints per 100 stays, repeat complaints, the survey's response rate;"
                    + " the trend by week and by month. As a file (CSV, XLSX or PDF) the trend by month or week.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceQualityView.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @GET
    @Path("service-quality")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    public Response serviceQuality(@Parameter(description = "first departure date; default a year before to")
                                   @QueryParam("from") String from,
                                   @Parameter(description = "last departure date; default the business date")
                                   @QueryParam("to") String to,
                                   @Parameter(description = "the file's rows: MONTH (default) or WEEK")
                                   @QueryParam("trend") String trend,
                                   @Parameter(description = "json, csv, xlsx or pdf; default from Accept")
                                   @QueryParam("format") String format) {
        LocalDate first = QueryParams.dateOr(from, "from", null);
        LocalDate last = QueryParams.dateOr(to, "to", null);
        ReportFormat file = fileFormat(format);
        if (file == null) {
            return Response.ok(surveys.figures(first, last), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ReportDocument document = surveys.figuresDocument(first, last, trend, file);
        return download(document.content(), document.mediaType(), document.fileName());
    }

    private Response answer(ReportKind report, LocalDate day, String format, Supplier<Object> json) {
        ReportFormat file = fileFormat(format);
        if (file == null) {
            return Response.ok(json.get(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ReportDocument document = reports.document(report, day, file);
        return download(document.content(), document.mediaType(), document.fileName());
    }

    /** A file to download (the resource's methods name DTOs only where the API takes or gives them). */
    private static Response download(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The file asked for, or null for JSON: {@code format} first, else the most preferred acceptable type. */
    private ReportFormat fileFormat(String format) {
        if (format != null && !format.isBlank()) {
            return format.trim().toLowerCase(Locale.ROOT).equals("json") ? null : ReportFormat.parse(format);
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return null;
            }
            for (ReportFormat f : ReportFormat.values()) {
                if (accepted.isCompatible(MediaType.valueOf(f.mediaType()))) {
                    return f;
                }
            }
        }
        return null;
    }
}
