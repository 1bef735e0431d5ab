package org.innkeeper.domain.folio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An article a stay takes every night (parking, a pet, a breakfast the plan does not include), from..to
 * (nights, inclusive; open ends follow the stay), at the unit price frozen when it was added. The night
 * audit posts it with the night's room.
 */
@Embeddable
public class FixedCharge implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "charge_no", nullable = false)
    private int chargeNo;

    @Column(name = "article_code", nullable = false, length = 20)
    private String articleCode;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected FixedCharge() {
    }

    FixedCharge(int chargeNo, String articleCode, int quantity, BigDecimal unitPrice, LocalDate from, LocalDate to,
                Stamp stamp) {
        this.chargeNo = chargeNo;
        this.articleCode = articleCode;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.from = from;
        this.to = to;
        this.addedBy = stamp.by();
        this.addedAt = stamp.at();
    }

    /** Whether it is taken on this night. */
    public boolean appliesOn(LocalDate night) {
        return (from == null || !night.isBefore(from)) && (to == null || !night.isAfter(to));
    }

    /** Whether its nights and those of from..to (open ends: unbounded) have one in common. */
    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return (to == null || otherFrom == null || !otherFrom.isAfter(to))
                && (from == null || otherTo == null || !otherTo.isBefore(from));
    }

    /** Taken no more after {@code lastNight}. */
    void endAfter(LocalDate lastNight) {
        this.to = lastNight;
    }

    public int chargeNo() {
        return chargeNo;
    }

    public String articleCode() {
        return articleCode;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
