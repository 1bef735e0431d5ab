package org.innkeeper.domain.folio;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.innkeeper.domain.shared.Money;
import org.hibernate.envers.Audited;

/**
 * One line of a folio: gross amount with its net, VAT rate and VAT, the article and department, the
 * business date and who posted it. Immutable once posted: a correction is a reversing posting.
 */
@Entity
@Table(name = "posting")
@Audited // the audit trail (revision, posting_aud)
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PostingType type;

    /** The article's code for charges, the payment method for payments. */
    @Column(nullable = false, length = 20)
    private String category;

    @Column(name = "article_code", length = 20)
    private String articleCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Department department;

    @Column(nullable = false, length = 120)
    private String description;

    @Embedded // columns amount and currency, as Money names them: the gross amount
    private Money amount;

    @Column(precision = 14, scale = 2)
    private BigDecimal net;

    @Column(name = "vat_percent", precision = 5, scale = 2)
    private BigDecimal vatPercent;

    @Column(precision = 14, scale = 2)
    private BigDecimal vat;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 60)
    private String postedBy;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    /** For room nights: the night charged. */
    private LocalDate night;

    /** For room nights: the room the guest slept in. */
    @Column(name = "room_number", length = 10)
    private String roomNumber;

    /** For a correction: the posting it reverses (once only: a unique index says so). */
    @Column(name = "reverses_id")
    private Long reversesId;

    /** Why: a correction, a refund. */
    @Column(length = 200)
    private String reason;

    /** The folio window it is on: 1 is the guest's. */
    @Column(name = "window_no", nullable = false)
    private int window = 1;

    /** What the audit or a fee posted for which stay and date: unique, so it is never posted twice. */
    @Column(name = "posting_key", length = 80)
    private String postingKey;

    /** The complaint this posting compensates (a discount, or a service given free). */
    @Column(name = "complaint_id")
    private Long complaintId;

    protected Posting() {
    }

    /** Marks this line as the compensation of a complaint, with the reason (which quotes the complaint). */
    Posting compensating(long complaint, String why) {
        this.complaintId = complaint;
        this.reason = why.length() > 200 ? why.substring(0, 200) : why;
        return this;
    }

    public Long complaintId() {
        return complaintId;
    }

    /** A charge of an article. */
    static Posting charge(PostingType type, Article article, String description, VatAmounts amounts,
                          Stamp stamp, LocalDate night, String roomNumber, String key) {
        Posting p = new Posting(type, article.code(), description, amounts.gross(), stamp);
        p.articleCode = article.code();
        p.department = article.department();
        p.net = amounts.net().amount();
        p.vatPercent = amounts.vatPercent();
        p.vat = amounts.vat().amount();
        p.night = night;
        p.roomNumber = roomNumber;
        p.postingKey = key;
        return p;
    }

    /** A payment (positive) or a refund (negative, with its reason). */
    static Posting payment(PaymentMethod method, String description, Money amount, String cardLast4,
                           String reason, Stamp stamp) {
        Posting p = new Posting(PostingType.PAYMENT, method.name(), description, amount, stamp);
        p.cardLast4 = cardLast4;
        p.reason = reason;
        return p;
    }

    private Posting(PostingType type, String category, String description, Money amount, Stamp stamp) {
        this.type = type;
        this.category = category;
        this.description = description.length() > 120 ? description.substring(0, 120) : description;
        this.amount = amount;
        this.businessDate = stamp.businessDate();
        this.postedAt = stamp.at();
        this.postedBy = stamp.by();
    }

    /** The reversal of this posting: the same line with the opposite amounts, and why. */
    Posting reversal(String why, Stamp stamp) {
        if (reversesId != null) {
            throw new IllegalStateException("a reversal is not reversed");
        }
        Posting r = again("Reversed: " + description, true, window, why, stamp);
        r.reversesId = id;
        return r;
    }

    /**
     * The same line posted again elsewhere (another window, another stay's folio): the second half of a
     * transfer, whose first half is this posting's reversal. The reason says where it came from.
     */
    Posting copy(int toWindow, String why, Stamp stamp) {
        return again(description, false, toWindow, why, stamp);
    }

    /** This line once more, on the stamp's date, with its amounts as they are or negated. */
    private Posting again(String text, boolean negated, int inWindow, String why, Stamp stamp) {
        Posting p = new Posting(type, category, text, negated ? amount.negated() : amount, stamp);
        p.articleCode = articleCode;
        p.department = department;
        p.net = net == null || !negated ? net : net.negate();
        p.vatPercent = vatPercent;
        p.vat = vat == null || !negated ? vat : vat.negate();
        p.cardLast4 = cardLast4;
        p.night = night;
        p.roomNumber = roomNumber;
        p.reason = why.length() > 200 ? why.substring(0, 200) : why;
        p.window = inWindow;
        return p;
    }

    Posting inWindow(int number) {
        this.window = number;
        return this;
    }

    public int window() {
        return window;
    }

    /** The posting's effect on the balance: positive for charges, negative for payments. */
    Money signedAmount() {
        return type == PostingType.PAYMENT ? amount.negated() : amount;
    }

    public boolean isPayment() {
        return type == PostingType.PAYMENT;
    }

    public Long id() {
        return id;
    }

    public PostingType type() {
        return type;
    }

    public String category() {
        return category;
    }

    public String articleCode() {
        return articleCode;
    }

    public Department department() {
        return department;
    }

    public String description() {
        return description;
    }

    /** The gross amount. */
    public Money amount() {
        return amount;
    }

    public Money net() {
        return net == null ? null : Money.of(net, amount.currency());
    }

    public BigDecimal vatPercent() {
        return vatPercent;
    }

    public Money vat() {
        return vat == null ? null : Money.of(vat, amount.currency());
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String postedBy() {
        return postedBy;
    }

    public String cardLast4() {
        return cardLast4;
    }

    public LocalDate night() {
        return night;
    }

    public String roomNumber() {
        return roomNumber;
    }

    public Long reversesId() {
        return reversesId;
    }

    public String reason() {
        return reason;
    }

    public String postingKey() {
        return postingKey;
    }
}
