package org.innkeeper.domain.hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StayPeriod;

/** The property: its name, its currency and the time zone its business day runs in. */
@Entity
@Table(name = "hotel")
public class Hotel {

    public static final int THE_HOTEL = 1;

    /** How far ahead the hotel sells rooms; inventory is opened this far. */
    public static final int BOOKING_HORIZON_DAYS = 730;

    @Id
    private Integer id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @jakarta.persistence.Embedded
    private TaxPolicy taxes = TaxPolicy.none();

    /** Guests arrive from this hour; "N hours before arrival" counts back from it. */
    @Column(name = "check_in_hour", nullable = false)
    private int checkInHour = 15;

    protected Hotel() {
    }

    public Hotel(String name, String currency, ZoneId timeZone) {
        this.id = THE_HOTEL;
        this.name = name;
        this.currency = java.util.Currency.getInstance(currency).getCurrencyCode();
        this.timeZone = timeZone.getId();
    }

    public void changeTaxes(TaxPolicy newTaxes) {
        this.taxes = java.util.Objects.requireNonNull(newTaxes, "taxes");
    }

    public TaxPolicy taxes() {
        return taxes == null ? TaxPolicy.none() : taxes;
    }

    /** The moment a stay arriving on {@code date} begins, in the hotel's time zone. */
    public java.time.Instant arrivalMoment(LocalDate date) {
        return date.atTime(checkInHour, 0).atZone(timeZone()).toInstant();
    }

    public int checkInHour() {
        return checkInHour;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /**
     * Refuses a stay that starts before the business date or beyond the booking horizon.
     */
    public void requireBookable(StayPeriod stay, LocalDate businessDate) {
        if (stay.arrival().isBefore(businessDate)) {
            throw new InvalidValueException("arrival", "arrival " + stay.arrival() + " is in the past");
        }
        if (stay.arrival().isAfter(businessDate.plusDays(BOOKING_HORIZON_DAYS))) {
            throw new InvalidValueException("arrival", "rooms are sold up to " + BOOKING_HORIZON_DAYS
                    + " days ahead, not for " + stay.arrival());
        }
    }

    /**
     * The business date. Until the night audit exists it follows the calendar date in the
     * hotel's time zone; the audit will keep its own date apart from the calendar.
     */
    public LocalDate businessDate(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone()));
    }
}
