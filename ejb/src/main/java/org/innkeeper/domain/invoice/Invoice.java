package org.innkeeper.domain.invoice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.innkeeper.domain.folio.Department;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.Posting;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * An invoice or a credit note: its number in its series, the recipient, the lines copied from the
 * folio's postings, the totals with the VAT by rate, the payments and the balance. Immutable once
 * issued; the only change it knows is being cancelled by a credit note, which names it.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoiceSeries series;

    @Column(nullable = false)
    private long number;

    @Column(name = "folio_id", nullable = false)
    private long folioId;

    @Column(name = "window_no", nullable = false)
    private int window = 1;

    @Column(name = "reservation_id", nullable = false)
    private long reservationId;

    /** For a credit note: the invoice it cancels. */
    @Column(name = "credits_id")
    private Long creditsId;

    /** For an invoice cancelled: the credit note that did it. */
    @Column(name = "cancelled_by_id")
    private Long cancelledById;

    @Column(length = 200)
    private String reason;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "recipient_address", length = 300)
    private String recipientAddress;

    @Column(name = "recipient_vat_id", length = 30)
    private String recipientVatId;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal netTotal;

    @Column(name = "vat_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal vatTotal;

    @Column(name = "city_tax", nullable = false, precision = 14, scale = 2)
    private BigDecimal cityTax;

    @Column(name = "gross_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal grossTotal;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal paid;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal balance;

    @Column(name = "service_from")
    private LocalDate serviceFrom;

    @Column(name = "service_to")
    private LocalDate serviceTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    /**
     * An invoice of the given postings of a folio (those no other invoice holds), numbered
     * {@code number} in the invoice series. Refused when there is nothing to invoice.
     */
    public static Invoice issue(long number, Folio folio, int window, List<Posting> postings, Recipient recipient,
                                String language, LocalDate serviceFrom, LocalDate serviceTo, Stamp stamp) {
        if (postings.stream().noneMatch(p -> !p.isPayment())) {
            throw new StateConflictException("nothing-to-invoice", "the folio has no charge that is not invoiced yet");
        }
        Invoice invoice = new Invoice(InvoiceSeries.INVOICE, number, folio, recipient, language, stamp);
        invoice.window = window;
        int no = 1;
        for (Posting p : postings) {
            InvoiceLine.Kind kind = p.isPayment() ? InvoiceLine.Kind.PAYMENT
                    : p.department() == Department.TAX ? InvoiceLine.Kind.TAX : InvoiceLine.Kind.CHARGE;
            java.math.BigDecimal zero = java.math.BigDecimal.ZERO.setScale(2);
            invoice.lines.add(new InvoiceLine(no++, p.id(), kind, p.night() != null ? p.night() : p.businessDate(),
                    p.articleCode(), p.description(),
                    p.net() == null ? p.amount().amount() : p.net().amount(),
                    p.vatPercent() == null ? zero : p.vatPercent(),
                    p.vat() == null ? zero : p.vat().amount(), p.amount().amount()));
        }
        invoice.serviceFrom = serviceFrom;
        invoice.serviceTo = serviceTo;
        invoice.total();
        return invoice;
    }

    /** The credit note that cancels {@code invoice}, numbered in the credit note series, with the reason. */
    public static Invoice creditNote(long number, Invoice invoice, String reason, Stamp stamp) {
        if (invoice.series != InvoiceSeries.INVOICE) {
            throw new StateConflictException("not-an-invoice", "a credit note cancels an invoice, not a credit note");
        }
        if (invoice.cancelledById != null) {
            throw new StateConflictException("already-cancelled", invoice.printedNumber() + " was cancelled already");
        }
        String why = reason == null ? "" : org.innkeeper.domain.shared.FreeText.line("reason", reason).strip();
        if (why.isEmpty()) {
            throw new InvalidValueException("reason", "a credit note needs a reason");
        }
        Invoice note = new Invoice();
        note.series = InvoiceSeries.CREDIT_NOTE;
        note.number = number;
        note.folioId = invoice.folioId;
        note.window = invoice.window;
        note.reservationId = invoice.reservationId;
        note.creditsId = invoice.id;
        note.reason = why.length() > 200 ? why.substring(0, 200) : why;
        note.issuedOn = stamp.businessDate();
        note.issuedAt = stamp.at();
        note.issuedBy = stamp.by();
        note.recipientName = invoice.recipientName;
        note.recipientAddress = invoice.recipientAddress;
        note.recipientVatId = invoice.recipientVatId;
        note.language = invoice.language;
        note.currency = invoice.currency;
        note.serviceFrom = invoice.serviceFrom;
        note.serviceTo = invoice.serviceTo;
        int no = 1;
        for (InvoiceLine line : invoice.lines) {
            note.lines.add(line.negated(no++));
        }
        note.total();
        return note;
    }

    /** The invoice is cancelled by the credit note (issued in the same transaction). */
    public void cancelledBy(Invoice creditNote) {
        this.cancelledById = creditNote.id;
    }

    private Invoice(InvoiceSeries series, long number, Folio folio, Recipient recipient, String language, Stamp stamp) {
        this.series = series;
        this.number = number;
        this.folioId = folio.id();
        this.reservationId = folio.reservation().id();
        this.issuedOn = stamp.businessDate();
        this.issuedAt = stamp.at();
        this.issuedBy = stamp.by();
        this.recipientName = recipient.name();
        this.recipientAddress = recipient.address();
        this.recipientVatId = recipient.vatId();
        this.language = language == null || !language.matches("en|ru") ? "en" : language;
        this.currency = folio.currency();
    }

    private void total() {
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal payments = BigDecimal.ZERO;
        for (InvoiceLine line : lines) {
            switch (line.kind()) {
                case CHARGE -> {
                    net = net.add(line.net());
                    vat = vat.add(line.vat());
                }
                case TAX -> tax = tax.add(line.gross());
                case PAYMENT -> payments = payments.add(line.gross());
            }
        }
        netTotal = net.setScale(2);
        vatTotal = vat.setScale(2);
        cityTax = tax.setScale(2);
        grossTotal = net.add(vat).add(tax).setScale(2);
        paid = payments.setScale(2);
        balance = grossTotal.subtract(paid).setScale(2);
    }

    /** Net, VAT and gross for each VAT rate, from the lowest rate up. */
    public Map<BigDecimal, BigDecimal[]> vatByRate() {
        Map<BigDecimal, BigDecimal[]> rates = new TreeMap<>();
        for (InvoiceLine line : lines) {
            if (line.kind() == InvoiceLine.Kind.CHARGE) {
                BigDecimal[] sums = rates.computeIfAbsent(line.vatPercent().stripTrailingZeros(),
                        r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(line.net());
                sums[1] = sums[1].add(line.vat());
                sums[2] = sums[2].add(line.gross());
            }
        }
        return rates;
    }

    public String printedNumber() {
        return series.format(number);
    }

    public boolean cancelled() {
        return cancelledById != null;
    }

    public Long id() {
        return id;
    }

    public InvoiceSeries series() {
        return series;
    }

    public long number() {
        return number;
    }

    public long folioId() {
        return folioId;
    }

    public int window() {
        return window;
    }

    public long reservationId() {
        return reservationId;
    }

    public Long creditsId() {
        return creditsId;
    }

    public Long cancelledById() {
        return cancelledById;
    }

    public String reason() {
        return reason;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public String recipientName() {
        return recipientName;
    }

    public String recipientAddress() {
        return recipientAddress;
    }

    public String recipientVatId() {
        return recipientVatId;
    }

    public String language() {
        return language;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal netTotal() {
        return netTotal;
    }

    public BigDecimal vatTotal() {
        return vatTotal;
    }

    public BigDecimal cityTax() {
        return cityTax;
    }

    public BigDecimal grossTotal() {
        return grossTotal;
    }

    public BigDecimal paid() {
        return paid;
    }

    public BigDecimal balance() {
        return balance;
    }

    public LocalDate serviceFrom() {
        return serviceFrom;
    }

    public LocalDate serviceTo() {
        return serviceTo;
    }

    public List<InvoiceLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
