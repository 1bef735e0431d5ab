package org.innkeeper.domain.folio;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.innkeeper.domain.reservation.Reservation;

public interface FolioRepository {

    /** The folio with its postings. */
    Optional<Folio> forReservation(Reservation reservation);

    /** Balances per reservation id, in one query (for desk lists). */
    Map<Long, BigDecimal> balances(Collection<Long> reservationIds);

    void store(Folio folio);

    /** Balances not zero of stays that are over (checked out, no-show, cancelled): confirmation number to balance. */
    Map<String, BigDecimal> openBalancesOfDeparted();
}
