package org.innkeeper.domain.hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * The hotel's own rules of the day, set by a manager: when guests arrive and leave, from which hour a
 * guest due today who has not come may be marked a no-show, how long an option and a waitlist offer
 * hold rooms, and how far ahead rooms are sold. Immutable; checked here, and by the database.
 */
@Embeddable
public final class HotelSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Inventory is opened this far ahead, so no horizon can reach further. */
    public static final int MAX_SALE_HORIZON_DAYS = 730;

    @Column(name = "check_in_hour", nullable = false)
    private int checkInHour;

    @Column(name = "check_out_hour", nullable = false)
    private int checkOutHour;

    @Column(name = "no_show_hour", nullable = false)
    private int noShowHour;

    @Column(name = "option_max_days", nullable = false)
    private int optionMaxDays;

    @Column(name = "waitlist_offer_hours", nullable = false)
    private int waitlistOfferHours;

    @Column(name = "sale_horizon_days", nullable = false)
    private int saleHorizonDays;

    protected HotelSettings() {
    }

    public HotelSettings(int checkInHour, int checkOutHour, int noShowHour, int optionMaxDays, int waitlistOfferHours,
                         int saleHorizonDays) {
        this.checkInHour = within("checkInHour", checkInHour, 0, 23, "an hour of the day, 0 to 23");
        this.checkOutHour = within("checkOutHour", checkOutHour, 0, 23, "an hour of the day, 0 to 23");
        this.noShowHour = within("noShowHour", noShowHour, 0, 23, "an hour of the day, 0 to 23");
        this.optionMaxDays = within("optionMaxDays", optionMaxDays, 1, 60, "1 to 60 days");
        this.waitlistOfferHours = within("waitlistOfferHours", waitlistOfferHours, 1, 168, "1 to 168 hours");
        this.saleHorizonDays = within("saleHorizonDays", saleHorizonDays, 30, MAX_SALE_HORIZON_DAYS,
                "30 to " + MAX_SALE_HORIZON_DAYS + " days");
    }

    /** What a new hotel starts with: in at 15:00, out by 11:00, no-shows from 18:00, options up to 14 days. */
    public static HotelSettings defaults() {
        return new HotelSettings(15, 11, 18, 14, 24, MAX_SALE_HORIZON_DAYS);
    }

    private static int within(String field, int value, int min, int max, String range) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, field + " must be " + range + ", not " + value);
        }
        return value;
    }

    public int checkInHour() {
        return checkInHour;
    }

    public int checkOutHour() {
        return checkOutHour;
    }

    public int noShowHour() {
        return noShowHour;
    }

    public int optionMaxDays() {
        return optionMaxDays;
    }

    public Duration optionMaxHold() {
        return Duration.ofDays(optionMaxDays);
    }

    public int waitlistOfferHours() {
        return waitlistOfferHours;
    }

    public Duration waitlistOfferHold() {
        return Duration.ofHours(waitlistOfferHours);
    }

    public int saleHorizonDays() {
        return saleHorizonDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HotelSettings s && checkInHour == s.checkInHour && checkOutHour == s.checkOutHour
                && noShowHour == s.noShowHour && optionMaxDays == s.optionMaxDays
                && waitlistOfferHours == s.waitlistOfferHours && saleHorizonDays == s.saleHorizonDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(checkInHour, checkOutHour, noShowHour, optionMaxDays, waitlistOfferHours, saleHorizonDays);
    }
}
