package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.DepartureService;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.ArticleView;
import org.innkeeper.application.dto.InvoiceRequest;
import org.innkeeper.application.dto.InvoiceView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.RouteRequest;
import org.innkeeper.application.dto.TransferRequest;
import org.innkeeper.application.dto.WindowRequest;
import org.innkeeper.application.dto.RefundRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.rest.platform.Idempotent;

/** Phase 4, departure: the folio, payments and check-out. */
@Path("frontdesk")
@ApplicationScoped
@Idempotent
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departure", description = "Folio, payments and check-out (staff)")
public class DepartureResource {

    @EJB
    DepartureService departures;

    /** Due out on the date, by default the business date. */
    @Operation(summary = "Due out on a date (default: the business date)")
    @GET
    @Path("departures")
    public List<ReservationSummary> departures(@QueryParam("date") String date) {
        return departures.departures(QueryParams.dateOr(date, "date", null));
    }

    @Operation(summary = "The folio of a stay: charges, payments, balance")
    @GET
    @Path("reservations/{confirmationNumber}/folio")
    public FolioView folio(@PathParam("confirmationNumber") String confirmationNumber) {
        return departures.folio(confirmationNumber);
    }

    @Operation(summary = "Post a charge to the folio")
    @APIResponse(responseCode = "201", description = "Posted; the folio as it is now; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FolioView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChargeRequest.class),
            examples = {@ExampleObject(name = "minibar", value = """
                    {"article": "MINIBAR", "description": "Two sodas", "amount": 7.50}"""),
            @ExampleObject(name = "at list price", value = """
                    {"article": "PARKING", "quantity": 2}""")}))
    @POST
    @Path("reservations/{confirmationNumber}/folio/charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postCharge(@PathParam("confirmationNumber") String confirmationNumber,
                               @NotNull @Valid ChargeRequest request, @Context UriInfo uri) {
        return posted(departures.postCharge(confirmationNumber, request), uri);
    }

    @Operation(summary = "Record a payment on the folio")
    @APIResponse(responseCode = "201", description = "Recorded; the folio as it is now; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FolioView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentRequest.class),
            examples = @ExampleObject(name = "card", value = """
                    {"method": "CARD", "amount": 250.00, "cardLast4": "4242"}""")))
    @POST
    @Path("reservations/{confirmationNumber}/folio/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPayment(@PathParam("confirmationNumber") String confirmationNumber,
                                  @NotNull @Valid PaymentRequest request, @Context UriInfo uri) {
        return posted(departures.recordPayment(confirmationNumber, request), uri);
    }

    @Operation(summary = "Refund money to the guest",
            description = "A negative payment with its reason, at most what was paid.")
    @APIResponse(responseCode = "201", description = "Refunded; the folio as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FolioView.class)))
    @POST
    @Path("reservations/{confirmationNumber}/folio/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("confirmationNumber") String confirmationNumber,
                           @NotNull @Valid RefundRequest request, @Context UriInfo uri) {
        return posted(departures.refund(confirmationNumber, request), uri);
    }

    @Operation(summary = "Correct a posting by reversing it",
            description = "A reversing posting with the reason: the same business date by any clerk (a void); a posting"
                    + " of an earlier business date only by a manager (409 adjustment-needs-manager otherwise)."
                    + " A posting is reversed once.")
    @APIResponse(responseCode = "201", description = "Reversed; the folio as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FolioView.class)))
    @POST
    @Path("reservations/{confirmationNumber}/folio/postings/{postingId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(@PathParam("confirmationNumber") String confirmationNumber,
                            @PathParam("postingId") long postingId, @NotNull @Valid ReasonRequest request,
                            @Context UriInfo uri) {
        return posted(departures.reverse(confirmationNumber, postingId, request), uri);
    }

    @Operation(summary = "Open a folio window for another payee",
            description = "Window 1 is the guest's; windows 2 to 8 have a payee of their own (a company paying the room)"
                    + " and get invoices of their own. Route articles to them, or transfer postings.")
    @APIResponse(responseCode = "201", description = "Opened; the folio as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FolioView.class)))
    @POST
    @Path("reservations/{confirmationNumber}/folio/windows")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openWindow(@PathParam("confirmationNumber") String confirmationNumber,
                               @NotNull @Valid WindowRequest request, @Context UriInfo uri) {
        return posted(departures.openWindow(confirmationNumber, request), uri);
    }

    @Operation(summary = "Route articles to a window",
            description = "What is posted of these articles from now on goes to the window: for the whole stay, or the"
                    + " dates from..to (a room night by its night). The last rule for a date wins.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RouteRequest.class),
            examples = @ExampleObject(name = "company pays the room", value = """
                    {"articles": ["ROOM", "CITY_TAX"], "window": 2}""")))
    @POST
    @Path("reservations/{confirmationNumber}/folio/routes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response route(@PathParam("confirmationNumber") String confirmationNumber,
                          @NotNull @Valid RouteRequest request, @Context UriInfo uri) {
        return posted(departures.route(confirmationNumber, request), uri);
    }

    @Operation(summary = "Add a fixed charge (an article taken every night)",
            description = "Parking, a pet, a breakfast the plan does not include: the night audit posts it with each night's"
                    + " room, once per night, routed like any posting of its article. The unit price (VAT included) is"
                    + " the catalogue's unless given, frozen now. One charge per article and night: 409 when it overlaps.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = org.innkeeper.application.dto.FixedChargeRequest.class),
            examples = @ExampleObject(name = "one parking space", value = """
                    {"article": "PARKING", "quantity": 1}""")))
    @POST
    @Path("reservations/{confirmationNumber}/folio/fixed-charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFixedCharge(@PathParam("confirmationNumber") String confirmationNumber,
                                   @NotNull @Valid org.innkeeper.application.dto.FixedChargeRequest request,
                                   @Context UriInfo uri) {
        return posted(departures.addFixedCharge(confirmationNumber, request), uri);
    }

    @Operation(summary = "End a fixed charge",
            description = "Nothing more is posted of it from the business date on; the nights posted stay on the folio."
                    + " A charge none of whose nights was posted is removed.")
    @POST
    @Path("reservations/{confirmationNumber}/folio/fixed-charges/{number}/end")
    public FolioView endFixedCharge(@PathParam("confirmationNumber") String confirmationNumber,
                                    @PathParam("number") int number) {
        return departures.endFixedCharge(confirmationNumber, number);
    }

    @Operation(summary = "Transfer a charge to another window or another stay",
            description = "Reversed where it was and posted where it goes, both naming the other and the reason. Another"
                    + " stay must be in house (a guest paying for a friend's room).")
    @POST
    @Path("reservations/{confirmationNumber}/folio/postings/{postingId}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transfer(@PathParam("confirmationNumber") String confirmationNumber,
                             @PathParam("postingId") long postingId, @NotNull @Valid TransferRequest request,
                             @Context UriInfo uri) {
        return posted(departures.transfer(confirmationNumber, postingId, request), uri);
    }

    @Operation(summary = "Bill a company's window to its city ledger account",
            description = "The window's charges are invoiced to the company and become its open item; the window is"
                    + " settled (a DIRECT_BILL payment). 409 credit-limit-exceeded past the company's credit limit,"
                    + " not-a-company-window, nothing-to-bill.")
    @APIResponse(responseCode = "201", description = "Billed; the folio as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FolioView.class)))
    @POST
    @Path("reservations/{confirmationNumber}/folio/windows/{window}/direct-bill")
    public Response directBill(@PathParam("confirmationNumber") String confirmationNumber,
                               @PathParam("window") int window, @Context UriInfo uri) {
        return posted(departures.directBill(confirmationNumber, window), uri);
    }

    @Operation(summary = "Express check-out",
            description = "For a guest whose folio is settled, or whose card on file pays what is left: checked out in"
                    + " one call, the invoice e-mailed. 409 express-not-possible otherwise (settle at the desk).")
    @POST
    @Path("reservations/{confirmationNumber}/express-check-out")
    public ReservationView expressCheckOut(@PathParam("confirmationNumber") String confirmationNumber) {
        return departures.expressCheckOut(confirmationNumber);
    }

    @Operation(summary = "The invoices and credit notes of a stay, oldest first")
    @GET
    @Path("reservations/{confirmationNumber}/invoices")
    public List<InvoiceView> invoices(@PathParam("confirmationNumber") String confirmationNumber) {
        return departures.invoices(confirmationNumber);
    }

    @Operation(summary = "Invoice what the folio holds and no invoice holds yet",
            description = "Numbered in the invoice series without gaps or duplicates; the recipient defaults to the"
                    + " guest (a company gives its name, address and VAT ID); en or ru. 409 nothing-to-invoice when every"
                    + " charge is invoiced already. Check-out does this by itself for what is left.")
    @APIResponse(responseCode = "201", description = "Issued; Location is the invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @POST
    @Path("reservations/{confirmationNumber}/invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issueInvoice(@PathParam("confirmationNumber") String confirmationNumber,
                                 @Valid InvoiceRequest request, @Context UriInfo uri) {
        InvoiceView invoice = departures.issueInvoice(confirmationNumber,
                request == null ? InvoiceRequest.TO_THE_GUEST : request);
        return created(invoice, uri);
    }

    @Operation(summary = "An invoice or credit note")
    @GET
    @Path("invoices/{id}")
    public InvoiceView invoice(@PathParam("id") long id) {
        return departures.invoice(id);
    }

    @Operation(summary = "The PDF of an invoice or credit note, as issued (byte for byte)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    @GET
    @Path("invoices/{id}/pdf")
    @Produces("application/pdf")
    public Response invoicePdf(@PathParam("id") long id) {
        return Response.ok(departures.invoicePdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"invoice-" + id + ".pdf\"").build();
    }

    @Operation(summary = "Cancel an invoice by a credit note",
            description = "The credit note has its own gap-free series and names the invoice; the invoice's postings"
                    + " can then be invoiced anew (the corrected invoice). 409 already-cancelled the second time.")
    @APIResponse(responseCode = "201", description = "The credit note; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @POST
    @Path("invoices/{id}/credit-note")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response creditNote(@PathParam("id") long id, @NotNull @Valid ReasonRequest request, @Context UriInfo uri) {
        return created(departures.creditNote(id, request), uri);
    }

    private static Response created(InvoiceView invoice, UriInfo uri) {
        URI at = uri.getBaseUriBuilder().path(DepartureResource.class).path("invoices/{id}").build(invoice.id());
        return Response.created(at).entity(invoice).build();
    }

    @Operation(summary = "The articles the desk can charge")
    @GET
    @Path("articles")
    public List<ArticleView> articles() {
        return departures.chargeableArticles();
    }

    /** Refused (409 balance-not-zero) while the folio is not settled. */
    @Operation(summary = "Check a guest out",
            description = "Refused (409 balance-not-zero) while the folio is not settled.")
    @POST
    @Path("reservations/{confirmationNumber}/check-out")
    public ReservationView checkOut(@PathParam("confirmationNumber") String confirmationNumber) {
        return departures.checkOut(confirmationNumber);
    }

    /** A posting was created; the folio it now belongs to is the answer and the place to read it again. */
    private static Response posted(FolioView folio, UriInfo uri) {
        URI folioUri = uri.getBaseUriBuilder().path(DepartureResource.class)
                .path("reservations/{confirmationNumber}/folio").build(folio.confirmationNumber());
        return Response.created(folioUri).entity(folio).build();
    }
}
