package org.innkeeper.domain.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;

/**
 * The terms a rate plan sells under: guarantee, cancellation and no-show. Copied onto every
 * reservation when it is booked (the same columns on both tables), so a later change to the plan
 * never alters what a guest was promised. Immutable.
 */
@Embeddable
public final class RatePolicies implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "guarantee", nullable = false, length = 10)
    private GuaranteeType guarantee;

    @Column(name = "deposit_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal depositPercent;

    /** Free cancellation until this many hours before arrival; null: never free (non-refundable). */
    @Column(name = "free_cancellation_hours")
    private Integer freeCancellationHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_fee", nullable = false, length = 12)
    private FeeBasis cancellationFee;

    @Column(name = "cancellation_fee_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal cancellationFeePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_show_fee", nullable = false, length = 12)
    private FeeBasis noShowFee;

    @Column(name = "no_show_fee_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal noShowFeePercent;

    protected RatePolicies() {
    }

    public RatePolicies(GuaranteeType guarantee, BigDecimal depositPercent, Integer freeCancellationHours,
                        FeeBasis cancellationFee, BigDecimal cancellationFeePercent,
                        FeeBasis noShowFee, BigDecimal noShowFeePercent) {
        this.guarantee = Objects.requireNonNull(guarantee, "guarantee");
        this.depositPercent = percent(depositPercent, "depositPercent");
        if (guarantee == GuaranteeType.DEPOSIT && this.depositPercent.signum() == 0) {
            throw new InvalidValueException("depositPercent", "a deposit guarantee needs a deposit above 0 %");
        }
        if (guarantee != GuaranteeType.DEPOSIT && this.depositPercent.signum() != 0) {
            throw new InvalidValueException("depositPercent", "a deposit percentage needs the DEPOSIT guarantee");
        }
        if (freeCancellationHours != null && (freeCancellationHours < 0 || freeCancellationHours > 24 * 365)) {
            throw new InvalidValueException("freeCancellationHours", "free cancellation is 0 to 8760 hours before arrival");
        }
        this.freeCancellationHours = freeCancellationHours;
        this.cancellationFee = Objects.requireNonNull(cancellationFee, "cancellationFee");
        this.cancellationFeePercent = feePercent(cancellationFee, cancellationFeePercent, "cancellationFeePercent");
        this.noShowFee = Objects.requireNonNull(noShowFee, "noShowFee");
        this.noShowFeePercent = feePercent(noShowFee, noShowFeePercent, "noShowFeePercent");
    }

    /** Flexible: free until {@code hours} before arrival, then the first night; no-show pays the first night. */
    public static RatePolicies flexible(int hours) {
        return new RatePolicies(GuaranteeType.NONE, BigDecimal.ZERO, hours, FeeBasis.FIRST_NIGHT, BigDecimal.ZERO,
                FeeBasis.FIRST_NIGHT, BigDecimal.ZERO);
    }

    /** Non-refundable: prepaid in full, never free to cancel. */
    public static RatePolicies nonRefundable() {
        return new RatePolicies(GuaranteeType.DEPOSIT, BigDecimal.valueOf(100), null, FeeBasis.FULL_STAY,
                BigDecimal.ZERO, FeeBasis.FULL_STAY, BigDecimal.ZERO);
    }

    private static BigDecimal percent(BigDecimal value, String field) {
        BigDecimal p = value == null ? BigDecimal.ZERO : value;
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException(field, "a percentage is between 0 and 100");
        }
        return p.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal feePercent(FeeBasis basis, BigDecimal value, String field) {
        BigDecimal p = percent(value, field);
        if (basis == FeeBasis.PERCENT && p.signum() == 0) {
            throw new InvalidValueException(field, "a percentage fee needs a percentage above 0");
        }
        return basis == FeeBasis.PERCENT ? p : BigDecimal.ZERO.setScale(2);
    }

    /** The last moment a cancellation is free, or null when it never is. */
    public Instant freeCancellationUntil(Instant arrival) {
        if (cancellationFee == FeeBasis.NONE) {
            return arrival;
        }
        return freeCancellationHours == null ? null : arrival.minus(Duration.ofHours(freeCancellationHours));
    }

    /** The fee for cancelling at {@code at} a stay arriving at {@code arrival}. */
    public Money cancellationFee(Instant at, Instant arrival, StayQuote price) {
        Instant freeUntil = freeCancellationUntil(arrival);
        if (freeUntil != null && !at.isAfter(freeUntil)) {
            return Money.zero(price.total().currency());
        }
        return fee(cancellationFee, cancellationFeePercent, price);
    }

    /** The fee a guest who does not arrive pays. */
    public Money noShowFee(StayQuote price) {
        return fee(noShowFee, noShowFeePercent, price);
    }

    /** What is due at booking to guarantee it (zero unless a deposit is asked). */
    public Money deposit(StayQuote price) {
        return guarantee == GuaranteeType.DEPOSIT ? percentOf(price.total(), depositPercent) : Money.zero(price.total().currency());
    }

    /** Fees are on the room (with its VAT); the city tax is due only for nights stayed. */
    private static Money fee(FeeBasis basis, BigDecimal percent, StayQuote price) {
        return switch (basis) {
            case NONE -> Money.zero(price.total().currency());
            case FIRST_NIGHT -> price.nights().get(0).gross();
            case PERCENT -> percentOf(price.roomGross(), percent);
            case FULL_STAY -> price.roomGross();
        };
    }

    private static Money percentOf(Money total, BigDecimal percent) {
        return Money.of(total.amount().multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN),
                total.currency());
    }

    /** Whether the guest can ever cancel without a fee. */
    public boolean refundable() {
        return cancellationFee == FeeBasis.NONE || freeCancellationHours != null;
    }

    public GuaranteeType guarantee() {
        return guarantee;
    }

    public BigDecimal depositPercent() {
        return depositPercent;
    }

    public Integer freeCancellationHours() {
        return freeCancellationHours;
    }

    public FeeBasis cancellationFeeBasis() {
        return cancellationFee;
    }

    public BigDecimal cancellationFeePercent() {
        return cancellationFeePercent;
    }

    public FeeBasis noShowFeeBasis() {
        return noShowFee;
    }

    public BigDecimal noShowFeePercent() {
        return noShowFeePercent;
    }

    /** In plain words, for offers and confirmations: the same text at the desk and in the API. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(switch (guarantee) {
            case NONE -> "No guarantee needed. ";
            case CARD -> "Guaranteed by card. ";
            case DEPOSIT -> "Deposit of " + depositPercent.stripTrailingZeros().toPlainString() + " % at booking. ";
        });
        if (cancellationFee == FeeBasis.NONE) {
            s.append("Free cancellation until arrival. ");
        } else {
            s.append(freeCancellationHours == null ? "Non-refundable: cancelling costs "
                    : "Free cancellation until " + hours(freeCancellationHours) + " before arrival, then ");
            s.append(feeText(cancellationFee, cancellationFeePercent)).append(". ");
        }
        s.append("No-show: ").append(feeText(noShowFee, noShowFeePercent)).append('.');
        return s.toString();
    }

    private static String hours(int h) {
        return h % 24 == 0 && h > 0 ? (h / 24) + (h == 24 ? " day" : " days") : h + (h == 1 ? " hour" : " hours");
    }

    private static String feeText(FeeBasis basis, BigDecimal percent) {
        return switch (basis) {
            case NONE -> "no fee";
            case FIRST_NIGHT -> "the first night";
            case PERCENT -> percent.stripTrailingZeros().toPlainString() + " % of the total";
            case FULL_STAY -> "the whole stay";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RatePolicies p && guarantee == p.guarantee && depositPercent.compareTo(p.depositPercent) == 0
                && Objects.equals(freeCancellationHours, p.freeCancellationHours) && cancellationFee == p.cancellationFee
                && cancellationFeePercent.compareTo(p.cancellationFeePercent) == 0 && noShowFee == p.noShowFee
                && noShowFeePercent.compareTo(p.noShowFeePercent) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(guarantee, freeCancellationHours, cancellationFee, noShowFee);
    }
}
