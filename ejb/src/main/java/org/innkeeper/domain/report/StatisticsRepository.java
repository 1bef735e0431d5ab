package org.innkeeper.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The frozen daily figures, and how a closing day's figures are read off the books. */
public interface StatisticsRepository {

    Optional<DailyStatistics> day(LocalDate businessDate);

    List<DailyStatistics> between(LocalDate from, LocalDate to);

    /** The occupancy report's sales of the frozen days between the two dates (a day not frozen is absent). */
    List<org.innkeeper.domain.reservation.ReservationRepository.NightSales> frozenSalesBetween(LocalDate from,
                                                                                               LocalDate to);

    /**
     * The day's figures read off postings, reservations and rooms: rooms sold are the room nights
     * posted for the night (complimentary ones, posted at zero, apart), revenue is the postings' net
     * of the business date by department.
     */
    DailyStatistics compute(LocalDate businessDate, ZoneId zone, String currency, Instant at);

    /** The same for each day of a span, closed at {@code closedAt(day)}: a year costs a handful of queries. */
    List<DailyStatistics> computeDays(LocalDate from, LocalDate to, ZoneId zone, String currency,
                                      java.util.function.Function<LocalDate, Instant> closedAt);

    void store(DailyStatistics statistics);

    /** On the books at the close of {@code snapshot}: rooms and room revenue of each of the next 365 nights. */
    int snapshotOnTheBooks(LocalDate snapshot);

    /** The books the audit of {@code snapshot} froze, night by night (empty when none was frozen). */
    List<OnTheBooks> onTheBooks(LocalDate snapshot, LocalDate firstNight, LocalDate lastNight);

    /**
     * The books as they stood when the day {@code snapshot} closed at {@code closedAt}, rebuilt from when each
     * reservation was made and cancelled: for a history loaded at once (the demo's past year), never for a day
     * the audit closes.
     */
    int reconstructOnTheBooks(LocalDate snapshot, Instant closedAt);
}
