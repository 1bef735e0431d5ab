package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.folio.PostingType;
import org.innkeeper.domain.reservation.Reservation;

@ApplicationScoped
public class JpaFolioRepository implements FolioRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Folio> forReservation(Reservation reservation) {
        return em.createQuery("select f from Folio f left join fetch f.postings where f.reservation = :r", Folio.class)
                .setParameter("r", reservation)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, BigDecimal> balances(Collection<Long> reservationIds) {
        Map<Long, BigDecimal> balances = new HashMap<>();
        if (reservationIds.isEmpty()) {
            return balances;
        }
        em.createQuery("select f.reservation.id, sum(case when p.type = :payment then -p.amount.amount"
                        + " else p.amount.amount end) from Folio f join f.postings p"
                        + " where f.reservation.id in :ids group by f.reservation.id", Object[].class)
                .setParameter("payment", PostingType.PAYMENT)
                .setParameter("ids", reservationIds)
                .getResultStream()
                .forEach(row -> balances.put((Long) row[0], (BigDecimal) row[1]));
        return balances;
    }

    @Override
    public void store(Folio folio) {
        em.persist(folio);
    }

    @Override
    public Map<String, BigDecimal> openBalancesOfDeparted() {
        Map<String, BigDecimal> open = new java.util.TreeMap<>();
        em.createQuery("select f.reservation.confirmationNumber, sum(case when p.type = :payment then -p.amount.amount"
                        + " else p.amount.amount end) from Folio f join f.postings p where f.reservation.status in :over"
                        + " group by f.reservation.confirmationNumber"
                        + " having sum(case when p.type = :payment then -p.amount.amount else p.amount.amount end) <> 0",
                        Object[].class)
                .setParameter("payment", PostingType.PAYMENT)
                .setParameter("over", java.util.List.of(org.innkeeper.domain.reservation.ReservationStatus.CHECKED_OUT,
                        org.innkeeper.domain.reservation.ReservationStatus.NO_SHOW,
                        org.innkeeper.domain.reservation.ReservationStatus.CANCELLED))
                .getResultList()
                .forEach(row -> open.put(row[0].toString(), (BigDecimal) row[1]));
        return open;
    }
}
