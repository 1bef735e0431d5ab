package org.innkeeper.domain.reservation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface ReservationRepository {

    Optional<Reservation> find(ConfirmationNumber number);

    /** The reservation with its row locked until the transaction ends: changes to one stay queue up. */
    Optional<Reservation> findForUpdate(ConfirmationNumber number);

    void store(Reservation reservation);

    /** With guest, room type and room fetched, for lists. */
    List<Reservation> arrivingOn(LocalDate date);

    List<Reservation> inHouse();

    List<Reservation> inHouseDepartingOn(LocalDate date);

    List<Reservation> search(String text, LocalDate from, LocalDate to, int limit);

    long countArrivingOn(LocalDate date);

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
