package org.innkeeper.domain.reservation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface ReservationRepository {

    Optional<Reservation> find(ConfirmationNumber number);

    /** The reservation with this confirmation number (checked), or a not-found refusal. */
    default Reservation get(String confirmationNumber) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        return find(number).orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Reservation",
                number.value()));
    }

    /** The same, its row locked until the transaction ends: changes to one stay queue up. */
    default Reservation getForUpdate(String confirmationNumber) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        return findForUpdate(number).orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Reservation",
                number.value()));
    }

    /** The reservation with its row locked until the transaction ends: changes to one stay queue up. */
    Optional<Reservation> findForUpdate(ConfirmationNumber number);

    /** By id, with its row locked until the transaction ends. */
    Optional<Reservation> findForUpdate(long id);

    void store(Reservation reservation);

    /** The rooms of one multi-room booking, in the order they were booked. */
    List<Reservation> findByBookingReference(String reference);

    /**
     * A channel's reservations changed after ({@code since}, {@code afterId}) in the order of
     * (modifiedAt, id): those changed at {@code since} with an id above {@code afterId}, then later
     * ones. With {@code afterId} 0, every one changed at or after {@code since}.
     */
    List<Reservation> modifiedSince(String channel, java.time.Instant since, long afterId, int limit);

    /**
     * The change feed: a channel's reservations whose last committed change was numbered above
     * {@code afterSequence}, in the order of their numbers (one entry per reservation, its latest state).
     */
    List<Reservation> changedAfter(String channel, long afterSequence, int limit);

    /**
     * Numbers the committed changes not numbered yet (at most {@code max}), after the highest number
     * given so far, holding the feed's counter row while it does: one stamper at a time, so numbers are
     * given in the order the stamps commit. Rows locked by a change under way are left for the next run
     * (that change clears the number again anyway). Returns how many were numbered; 0 when another
     * stamper holds the counter.
     */
    int stampChanges(int max);

    /** Staff search by text, stay dates, status and channel (any may be null). */
    List<Reservation> search(String text, LocalDate from, LocalDate to, ReservationStatus status, String channel, int limit);

    /** Waitlisted requests in the order they are offered rooms (first asked, first offered). */
    List<Reservation> waitlisted();

    /** Ids of waitlisted requests for the room type whose stay overlaps from..to, first asked first. */
    List<Long> waitlistedFor(long roomTypeId, LocalDate from, LocalDate to);

    /** Ids of options whose expiry has passed at {@code at}. */
    List<Long> optionsExpiredBy(java.time.Instant at);

    /** With guest, room type and room fetched, for lists. */
    List<Reservation> arrivingOn(LocalDate date);

    List<Reservation> inHouse();

    /** The stay in the house in the room (its number as the rooms have it), if any: one row read by the room. */
    java.util.Optional<Reservation> inHouseIn(String roomNumber);

    List<Reservation> inHouseDepartingOn(LocalDate date);

    List<Reservation> search(String text, LocalDate from, LocalDate to, int limit);

    long countArrivingOn(LocalDate date);

    /** Stays each guest has completed (checked out), by guest id. */
    java.util.Map<Long, Long> pastStays(java.util.Collection<Long> guestIds);

    /** By id, with guest, room type and room fetched. */
    List<Reservation> findAll(java.util.Collection<Long> ids);

    /** Reservations to arrive (option, confirmed, guaranteed) without a room whose stay overlaps from..to. */
    List<Reservation> unassignedBetween(LocalDate from, LocalDate to);

    /** A guest profile's reservations, newest stay first, with room type and room fetched. */
    List<Reservation> ofGuest(long guestId);

    long countInHouse();

    long countInHouseDepartingOn(LocalDate date);

    /**
     * Room-nights sold and room revenue per night from..to: nights before {@code businessDate}
     * count only guests who came (in house or checked out); from then on, confirmed bookings too.
     */
    List<NightSales> salesBetween(LocalDate from, LocalDate to, LocalDate businessDate);

    record NightSales(LocalDate night, long roomsSold, java.math.BigDecimal revenue, String currency) {
    }
}
