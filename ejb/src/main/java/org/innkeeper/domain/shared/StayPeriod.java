package org.innkeeper.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A stay from an arrival date to a departure date; the nights are arrival .. departure-1.
 * At least one night, at most {@link #MAX_NIGHTS}.
 */
@Embeddable
public final class StayPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer stays are contracts, not reservations. */
    public static final int MAX_NIGHTS = 30;

    /** {@link #nightDates()}, made on first use. */
    private transient List<LocalDate> nights;

    @Column(name = "arrival", nullable = false)
    private LocalDate arrival;

    @Column(name = "departure", nullable = false)
    private LocalDate departure;

    protected StayPeriod() {
        // for JPA
    }

    public StayPeriod(LocalDate arrival, LocalDate departure) {
        if (arrival == null) {
            throw new InvalidValueException("arrival", "arrival date is required");
        }
        if (departure == null) {
            throw new InvalidValueException("departure", "departure date is required");
        }
        if (!departure.isAfter(arrival)) {
            throw new InvalidValueException("departure", "departure must be after arrival");
        }
        long nights = ChronoUnit.DAYS.between(arrival, departure);
        if (nights > MAX_NIGHTS) {
            throw new InvalidValueException("departure",
                    "a stay may last at most " + MAX_NIGHTS + " nights, not " + nights);
        }
        this.arrival = arrival;
        this.departure = departure;
    }

    public LocalDate arrival() {
        return arrival;
    }

    public LocalDate departure() {
        return departure;
    }

    public int nights() {
        return (int) ChronoUnit.DAYS.between(arrival, departure);
    }

    /** Each night of the stay, by the date it begins. */
    public List<LocalDate> nightDates() {
        List<LocalDate> dates = nights;
        if (dates == null) { // a search asks once per room type and plan: made once (an immutable list)
            dates = Stream.iterate(arrival, d -> d.isBefore(departure), d -> d.plusDays(1)).toList();
            nights = dates;
        }
        return dates;
    }

    /** Whether the guest sleeps here on the night that begins on {@code date}. */
    public boolean includesNight(LocalDate date) {
        return !date.isBefore(arrival) && date.isBefore(departure);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StayPeriod s && arrival.equals(s.arrival) && departure.equals(s.departure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(arrival, departure);
    }

    @Override
    public String toString() {
        return arrival + ".." + departure;
    }
}
