package org.innkeeper.domain.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StayPeriod;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A way of selling rooms (BAR, bed and breakfast, non-refundable): its nightly prices (its own, or
 * derived from another plan's by a percentage), what it includes, what extra guests pay, and its
 * policies. The price rule of a stay is written here once: {@link #quote}.
 */
@Entity
@Table(name = "rate_plan")
@Audited // the audit trail (revision, rate_plan_aud)
public class RatePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rate_plan_seq")
    @SequenceGenerator(name = "rate_plan_seq", sequenceName = "rate_plan_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** For a derived plan: whose prices it follows. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private RatePlan parent;

    /** For a derived plan: its price is the parent's changed by this percentage (e.g. -10). */
    @Column(name = "adjustment_percent", precision = 6, scale = 2)
    private BigDecimal adjustmentPercent;

    @Column(name = "breakfast_included", nullable = false)
    private boolean breakfastIncluded;

    /** Per night, for each adult beyond the room type's standard occupancy. */
    @Column(name = "extra_adult_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal extraAdultAmount = BigDecimal.ZERO;

    /** Per night, for each child beyond the room type's standard occupancy. */
    @Column(name = "child_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal childAmount = BigDecimal.ZERO;

    @Embedded
    private RatePolicies policies;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected RatePlan() {
    }

    /** A plan with prices of its own and flexible terms (free until 24 hours before arrival). */
    public RatePlan(String code, String name, String description, int sortOrder) {
        this(code, name, description, sortOrder, RatePolicies.flexible(24));
    }

    public RatePlan(String code, String name, String description, int sortOrder, RatePolicies policies) {
        if (code == null || !code.matches("[A-Z0-9]{2,10}")) {
            throw new InvalidValueException("code", "a rate plan code is 2 to 10 capital letters or digits");
        }
        this.code = code;
        rename(name, description);
        this.sortOrder = sortOrder;
        this.policies = java.util.Objects.requireNonNull(policies, "policies");
    }

    public void rename(String newName, String newDescription) {
        if (newName == null || newName.isBlank() || newName.length() > 80) {
            throw new InvalidValueException("name", "a rate plan's name is 1 to 80 characters");
        }
        if (newDescription != null && newDescription.length() > 300) {
            throw new InvalidValueException("description", "a description has at most 300 characters");
        }
        this.name = newName.trim();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
    }

    /** Makes this plan follow {@code base}'s prices changed by {@code percent} (e.g. -10 for 10 % off). */
    public void deriveFrom(RatePlan base, BigDecimal percent) {
        if (base == null) {
            parent = null;
            adjustmentPercent = null;
            return;
        }
        if (base == this || (id != null && id.equals(base.id))) {
            throw new InvalidValueException("parent", "a rate plan cannot be derived from itself");
        }
        if (base.isDerived()) {
            throw new InvalidValueException("parent", base.code + " is itself derived; derive from a plan with its own prices");
        }
        if (percent == null || percent.compareTo(BigDecimal.valueOf(-100)) <= 0 || percent.compareTo(BigDecimal.valueOf(200)) > 0) {
            throw new InvalidValueException("adjustmentPercent", "the adjustment is above -100 % and at most +200 %");
        }
        parent = base;
        adjustmentPercent = percent.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** What the plan includes, and what extra guests pay per night. */
    public void changeInclusions(boolean breakfast, BigDecimal extraAdult, BigDecimal child) {
        if (extraAdult == null || extraAdult.signum() < 0 || child == null || child.signum() < 0) {
            throw new InvalidValueException("extraAdultAmount", "prices for extra guests are 0 or more");
        }
        this.breakfastIncluded = breakfast;
        this.extraAdultAmount = extraAdult.setScale(2, RoundingMode.HALF_EVEN);
        this.childAmount = child.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** New terms for bookings made from now on; existing reservations keep theirs. */
    public void changePolicies(RatePolicies newPolicies) {
        this.policies = java.util.Objects.requireNonNull(newPolicies, "policies");
    }

    public void activate(boolean sellable) {
        this.active = sellable;
    }

    public boolean isDerived() {
        return parent != null;
    }

    /** The plan whose room_rate rows price this one: itself, or the plan it is derived from. */
    public RatePlan priceSource() {
        return parent == null ? this : parent;
    }

    /**
     * Prices a stay for a party in a room type from the price source's nightly prices (which must
     * cover every night): the derived adjustment, then extra adults and children, then the taxes.
     */
    public StayQuote quote(RoomType type, Party party, StayPeriod stay, Map<LocalDate, Money> sourcePrices,
                           TaxPolicy taxes) {
        int extraAdults = Math.max(0, party.adults() - type.standardOccupancy());
        int includedLeft = Math.max(0, type.standardOccupancy() - party.adults());
        int extraChildren = Math.max(0, party.children() - includedLeft);
        Map<LocalDate, Money> prices = new HashMap<>();
        for (LocalDate night : stay.nightDates()) {
            Money base = sourcePrices.get(night);
            if (base == null) {
                throw new InvalidValueException("arrival", "no price for the night of " + night);
            }
            BigDecimal amount = base.amount();
            if (adjustmentPercent != null) {
                amount = amount.multiply(BigDecimal.valueOf(100).add(adjustmentPercent))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
            }
            amount = amount.add(extraAdultAmount.multiply(BigDecimal.valueOf(extraAdults)))
                    .add(childAmount.multiply(BigDecimal.valueOf(extraChildren)));
            prices.put(night, Money.of(amount, base.currency()));
        }
        return StayQuote.of(stay, prices, taxes, taxes.cityTaxed(party));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public RatePlan parent() {
        return parent;
    }

    public BigDecimal adjustmentPercent() {
        return adjustmentPercent;
    }

    public boolean breakfastIncluded() {
        return breakfastIncluded;
    }

    public BigDecimal extraAdultAmount() {
        return extraAdultAmount;
    }

    public BigDecimal childAmount() {
        return childAmount;
    }

    public RatePolicies policies() {
        return policies;
    }

    public boolean active() {
        return active;
    }
}
