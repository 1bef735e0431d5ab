package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.RoomMove;
import org.innkeeper.domain.reservation.RoomMoveRepository;

@ApplicationScoped
public class JpaRoomMoveRepository implements RoomMoveRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void store(RoomMove move) {
        em.persist(move);
    }

    @Override
    public Optional<RoomMove> findForUpdate(long id) {
        return em.createQuery("select m from RoomMove m where m.id = :id", RoomMove.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<RoomMove> dueBy(LocalDate date) {
        return em.createQuery("select m from RoomMove m join fetch m.reservation join fetch m.from join fetch m.to"
                        + " where m.status = :s and m.on <= :d order by m.on, m.id", RoomMove.class)
                .setParameter("s", RoomMove.Status.SCHEDULED).setParameter("d", date).getResultList();
    }

    @Override
    public List<RoomMove> scheduledFor(Reservation stay) {
        return em.createQuery("select m from RoomMove m where m.reservation = :r and m.status = :s order by m.on",
                        RoomMove.class)
                .setParameter("r", stay).setParameter("s", RoomMove.Status.SCHEDULED).getResultList();
    }
}
