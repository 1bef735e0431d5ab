package org.innkeeper.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.HotelRepository;

/** The hotel's business date and currency, and the current instant: one place for "now". */
@ApplicationScoped
public class HotelCalendar {

    private final Clock clock;

    @Inject
    HotelRepository hotels;

    public HotelCalendar() {
        this(Clock.systemUTC());
    }

    /** With another clock: for tests that move time (options lapsing, deadlines passing). */
    HotelCalendar(Clock clock) {
        this.clock = clock;
    }

    public Hotel hotel() {
        return hotels.find().orElseThrow(() -> new IllegalStateException("the hotel is not set up"));
    }

    public LocalDate businessDate() {
        return hotel().businessDate();
    }

    public String currency() {
        return hotel().currency();
    }

    /** Refuses stays in the past or beyond the booking horizon. */
    public void requireBookable(org.innkeeper.domain.shared.StayPeriod stay) {
        hotel().requireBookable(stay, businessDate());
    }

    public Instant now() {
        return clock.instant();
    }

    /** The hotel, its business date and the instant, read once for a call. */
    public Today today() {
        return today(hotel());
    }

    /** The same, of a hotel the caller already has (e.g. the one held in memory, ReferenceData). */
    public Today today(Hotel hotel) {
        return new Today(hotel, hotel.businessDate(), clock.instant());
    }
}
