package org.innkeeper.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innkeeper.application.dto.InvoiceRequest;
import org.innkeeper.application.dto.InvoiceView;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.Posting;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.invoice.Invoice;
import org.innkeeper.domain.invoice.InvoiceDocument;
import org.innkeeper.domain.invoice.InvoiceRepository;
import org.innkeeper.domain.invoice.InvoiceSeries;
import org.innkeeper.domain.invoice.Recipient;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.infrastructure.document.InvoicePdf;

/**
 * Issues invoices and credit notes: the next number of the series in the caller's transaction, the
 * lines copied from the postings no other invoice holds, and the PDF rendered once and kept.
 */
@Dependent
public class Invoicing {

    @Inject
    InvoiceRepository invoices;
    @Inject
    InvoicePdf pdf;
    @Inject
    org.innkeeper.domain.folio.FolioRepository folios;
    @jakarta.ejb.EJB
    org.innkeeper.application.MailService mail;

    /** Whether the window holds a charge that no invoice holds yet. */
    public boolean hasUninvoiced(Folio folio, int window) {
        folios.store(folio);
        Set<Long> done = invoices.invoicedPostings(folio.id());
        return folio.postings().stream().anyMatch(p -> p.window() == window && !p.isPayment() && !done.contains(p.id()));
    }

    public Invoice issue(Reservation r, Folio folio, InvoiceRequest request, Hotel hotel, Stamp stamp) {
        folios.store(folio); // postings just made get their ids: the lines name them
        Set<Long> done = invoices.invoicedPostings(folio.id());
        int window = request.windowOrGuest();
        List<Posting> open = folio.postings().stream().filter(p -> p.window() == window && !done.contains(p.id()))
                .toList();
        org.innkeeper.domain.folio.FolioWindow payee = folio.windows().stream().filter(w -> w.number() == window)
                .findFirst().orElse(null);
        if (window != 1 && payee == null) {
            throw new org.innkeeper.domain.shared.InvalidValueException("window", "this folio has no window " + window);
        }
        String language = request.language() != null ? request.language()
                : r.guest() != null && r.guest().language() != null ? r.guest().language() : "en";
        Recipient recipient = request.recipientName() != null && !request.recipientName().isBlank()
                ? new Recipient(request.recipientName(), request.recipientAddress(), request.recipientVatId())
                : payee != null ? new Recipient(payee.payeeName(), payee.payeeAddress(), payee.payeeVatId())
                : new Recipient(r.guestName(), null, null);
        LocalDate from = open.stream().map(p -> p.night() != null ? p.night() : p.businessDate()).min(LocalDate::compareTo)
                .orElse(r.stay().arrival());
        LocalDate to = open.stream().map(p -> p.night() != null ? p.night().plusDays(1) : p.businessDate())
                .max(LocalDate::compareTo).orElse(r.stay().departure());
        Invoice invoice = Invoice.issue(invoices.nextNumber(InvoiceSeries.INVOICE), folio, window, open, recipient,
                language, from, to, stamp);
        invoices.store(invoice);
        keepPdf(invoice, r, hotel);
        return invoice;
    }

    public Invoice creditNote(Invoice invoice, Reservation r, String reason, Hotel hotel, Stamp stamp) {
        Invoice note = Invoice.creditNote(invoices.nextNumber(InvoiceSeries.CREDIT_NOTE), invoice, reason, stamp);
        invoices.store(note);
        invoice.cancelledBy(note);
        keepPdf(note, r, hotel);
        return note;
    }

    /**
     * Renders the invoice's PDF once and keeps it: at issue, or at the first print of an invoice issued
     * without one (the demo's history). Returns it.
     */
    byte[] keepPdf(Invoice invoice, Reservation r, Hotel hotel) {
        byte[] document = pdf.render(view(invoice, r, hotel));
        invoices.store(new InvoiceDocument(invoice.id(), document));
        return document;
    }

    /**
     * E-mails the invoice's PDF to the guest (the profile's address, else the one booked with), in the
     * caller's transaction through the outbox. Returns the address, or null when the guest has none.
     */
    public String mailToGuest(Invoice invoice, Reservation r, Hotel hotel) {
        String to = r.contactEmail();
        if (to == null) {
            return null;
        }
        boolean ru = "ru".equals(invoice.language());
        String subject = (ru ? "Ваш счёт " : "Your invoice ") + invoice.printedNumber() + " · " + hotel.name();
        String body = ru
                ? "Здравствуйте, " + r.guestName() + "!\n\nСпасибо, что остановились у нас. Счёт " + invoice.printedNumber()
                        + " на " + invoice.grossTotal() + " " + invoice.currency() + " — во вложении.\n\n" + hotel.name()
                : "Dear " + r.guestName() + ",\n\nthank you for staying with us. Your invoice " + invoice.printedNumber()
                        + " for " + invoice.grossTotal() + " " + invoice.currency() + " is attached.\n\n" + hotel.name();
        byte[] document = invoices.document(invoice.id()).map(InvoiceDocument::pdf).orElseThrow();
        mail.queue(to, subject, body, invoice.printedNumber() + ".pdf", "application/pdf", document,
                org.innkeeper.domain.mail.MailKind.INVOICE, r.confirmationNumber().value());
        return to;
    }

    /** The invoice as the desk and the API show it. */
    public InvoiceView view(Invoice i, Reservation r, Hotel hotel) {
        String credits = i.creditsId() == null ? null
                : invoices.find(i.creditsId()).map(Invoice::printedNumber).orElse(null);
        String cancelledBy = i.cancelledById() == null ? null
                : invoices.find(i.cancelledById()).map(Invoice::printedNumber).orElse(null);
        List<InvoiceView.Line> lines = i.lines().stream().map(l -> new InvoiceView.Line(l.lineNo(), l.kind().name(),
                l.date(), l.articleCode(), l.description(), l.net(), l.vatPercent(), l.vat(), l.gross())).toList();
        List<InvoiceView.VatRate> vat = i.vatByRate().entrySet().stream().map((Map.Entry<java.math.BigDecimal,
                java.math.BigDecimal[]> e) -> new InvoiceView.VatRate(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
        return new InvoiceView(i.id(), i.printedNumber(), i.series().name(), r.confirmationNumber().value(), credits,
                cancelledBy, i.reason(), i.issuedOn(), i.issuedAt(), i.issuedBy(),
                new InvoiceView.Issuer(hotel.legalName(), hotel.address(), hotel.vatId()), i.recipientName(),
                i.recipientAddress(), i.recipientVatId(), i.language(), i.currency(), i.serviceFrom(), i.serviceTo(),
                lines, vat, i.netTotal(), i.vatTotal(), i.cityTax(), i.grossTotal(), i.paid(), i.balance());
    }
}
