package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;

/** Phase 4 of the guest cycle: the folio, settlement and check-out. */
@Local
public interface DepartureService {

    /** In-house guests due to leave on the date, with their folio balance; null means the business date. */
    List<ReservationSummary> departures(LocalDate date);

    FolioView folio(String confirmationNumber);

    FolioView postCharge(String confirmationNumber, @NotNull @Valid ChargeRequest request);

    FolioView recordPayment(String confirmationNumber, @NotNull @Valid PaymentRequest request);

    /** Money given back: a negative payment with its reason, at most what was paid. */
    FolioView refund(String confirmationNumber, @NotNull @Valid org.innkeeper.application.dto.RefundRequest request);

    /**
     * Corrects a posting by a reversing posting with a reason: the same business date by any clerk
     * (a void), an earlier one by a manager only (an adjustment after the audit).
     */
    FolioView reverse(String confirmationNumber, long postingId,
                      @NotNull @Valid org.innkeeper.application.dto.ReasonRequest request);

    /** Opens a folio window for another payee (a company paying the room). */
    FolioView openWindow(String confirmationNumber, @NotNull @Valid org.innkeeper.application.dto.WindowRequest request);

    /** Routes articles to a window for the whole stay or some dates. */
    FolioView route(String confirmationNumber, @NotNull @Valid org.innkeeper.application.dto.RouteRequest request);

    /** An article the stay takes every night (parking, say), posted by the night audit with the room. */
    FolioView addFixedCharge(String confirmationNumber,
                             @NotNull @Valid org.innkeeper.application.dto.FixedChargeRequest request);

    /** Ends a fixed charge from the business date on (removed when none of its nights was posted). */
    FolioView endFixedCharge(String confirmationNumber, int number);

    /**
     * Transfers a charge to another window of the folio, or to another stay's folio (a guest paying for
     * a friend's room): reversed where it was, posted where it goes, both with the reason.
     */
    FolioView transfer(String confirmationNumber, long postingId,
                       @NotNull @Valid org.innkeeper.application.dto.TransferRequest request);

    /**
     * Moves what a company's window owes to the company's account on the city ledger: the window's
     * charges are invoiced to the company, the invoice becomes its open item, the window is settled.
     * Refused past the company's credit limit.
     */
    FolioView directBill(String confirmationNumber, int window);

    /** The articles the desk can charge (active, not posted by the system), by department. */
    List<org.innkeeper.application.dto.ArticleView> chargeableArticles();

    /**
     * Refused while the folio balance is not zero; what is not invoiced yet is invoiced to the guest;
     * afterwards the room is vacant and dirty.
     */
    ReservationView checkOut(String confirmationNumber);

    /**
     * Express check-out: for a guest whose folio is settled, or whose card on file pays what is left;
     * the invoice is e-mailed. Refused (409 express-not-possible) otherwise.
     */
    ReservationView expressCheckOut(String confirmationNumber);

    /** The invoices and credit notes of a stay, oldest first. */
    List<org.innkeeper.application.dto.InvoiceView> invoices(String confirmationNumber);

    /** Invoices what the folio holds and no invoice holds yet, numbered without gaps. */
    org.innkeeper.application.dto.InvoiceView issueInvoice(String confirmationNumber,
            @NotNull @Valid org.innkeeper.application.dto.InvoiceRequest request);

    /** Cancels an invoice by a credit note (its own series); its postings can be invoiced anew. */
    org.innkeeper.application.dto.InvoiceView creditNote(long invoiceId,
            @NotNull @Valid org.innkeeper.application.dto.ReasonRequest request);

    org.innkeeper.application.dto.InvoiceView invoice(long invoiceId);

    /** The PDF as issued, byte for byte. */
    byte[] invoicePdf(long invoiceId);
}
