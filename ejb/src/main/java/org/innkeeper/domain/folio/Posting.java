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
import java.time.Instant;
import java.time.LocalDate;
import org.innkeeper.domain.shared.Money;

/** One line of a folio. Immutable once posted: corrections are new postings. */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PostingType type;

    /** The charge category, "ROOM" for room nights, or the payment method for payments. */
    @Column(nullable = false, length = 20)
    private String category;

    @Column(nullable = false, length = 120)
    private String description;

    @Embedded // columns amount and currency, as Money names them
    private Money amount;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

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

    protected Posting() {
    }

    /** The reversal of this posting: the same line with the opposite amount, and why. */
    Posting reversal(String reason, LocalDate on, Instant at) {
        if (reversesId != null) {
            throw new IllegalStateException("a reversal is not reversed");
        }
        String text = "Reversed: " + description + (reason == null ? "" : " (" + reason + ")");
        Posting r = new Posting(type, category, text.length() > 120 ? text.substring(0, 120) : text,
                amount.negated(), on, at, null, night, roomNumber);
        r.reversesId = id;
        return r;
    }

    public Long reversesId() {
        return reversesId;
    }

    Posting(PostingType type, String category, String description, Money amount,
            LocalDate businessDate, Instant postedAt, String cardLast4) {
        this(type, category, description, amount, businessDate, postedAt, cardLast4, null, null);
    }

    Posting(PostingType type, String category, String description, Money amount, LocalDate businessDate,
            Instant postedAt, String cardLast4, LocalDate night, String roomNumber) {
        this.type = type;
        this.category = category;
        this.description = description;
        this.amount = amount;
        this.businessDate = businessDate;
        this.postedAt = postedAt;
        this.cardLast4 = cardLast4;
        this.night = night;
        this.roomNumber = roomNumber;
    }

    /** The posting's effect on the balance: positive for charges, negative for payments. */
    Money signedAmount() {
        return type == PostingType.PAYMENT ? amount.negated() : amount;
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

    public String description() {
        return description;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public Instant postedAt() {
        return postedAt;
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
}
