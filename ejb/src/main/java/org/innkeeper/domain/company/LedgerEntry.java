package org.innkeeper.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.shared.Money;

/** A line of the city ledger: an invoice billed to a company (an open item), or a payment of the company. Immutable. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    public enum Kind {
        INVOICE, PAYMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Embedded // columns amount and currency
    private Money amount;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "posted_at", nullable = false)
    private java.time.Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 60)
    private String postedBy;

    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(length = 20)
    private String method;

    @Column(nullable = false, length = 200)
    private String description;

    protected LedgerEntry() {
    }

    private LedgerEntry(long companyId, Kind kind, Money amount, Stamp stamp, String description) {
        if (!amount.isPositive()) {
            throw new org.innkeeper.domain.shared.InvalidValueException("amount", "the amount must be more than zero");
        }
        this.companyId = companyId;
        this.kind = kind;
        this.amount = amount;
        this.businessDate = stamp.businessDate();
        this.postedAt = stamp.at();
        this.postedBy = stamp.by();
        this.description = description.length() > 200 ? description.substring(0, 200) : description;
    }

    /** An invoice billed to the company: what it now owes. */
    public static LedgerEntry billed(long companyId, Long invoiceId, String invoiceNumber, Money amount, Stamp stamp,
                                     String stay) {
        LedgerEntry e = new LedgerEntry(companyId, Kind.INVOICE, amount, stamp, "Invoice " + invoiceNumber + " · " + stay);
        e.invoiceId = invoiceId;
        return e;
    }

    /** A payment received from the company. */
    public static LedgerEntry paid(long companyId, Money amount, String method, String reference, Stamp stamp) {
        LedgerEntry e = new LedgerEntry(companyId, Kind.PAYMENT, amount, stamp,
                "Payment" + (reference == null || reference.isBlank() ? "" : " · " + reference.strip()));
        e.method = method;
        return e;
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public Kind kind() {
        return kind;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public java.time.Instant postedAt() {
        return postedAt;
    }

    public String postedBy() {
        return postedBy;
    }

    public Long invoiceId() {
        return invoiceId;
    }

    public String method() {
        return method;
    }

    public String description() {
        return description;
    }
}
