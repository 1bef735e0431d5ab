package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.innkeeper.domain.notification.GuestNotification;
import org.innkeeper.domain.notification.NotificationRepository;
import org.innkeeper.domain.reservation.Reservation;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void store(GuestNotification notification) {
        em.persist(notification);
    }

    @Override
    public List<GuestNotification> forReservation(Reservation reservation) {
        return em.createQuery("select n from GuestNotification n where n.reservation = :r order by n.createdAt desc",
                        GuestNotification.class)
                .setParameter("r", reservation).getResultList();
    }

    @Override
    public List<GuestNotification> latest(int limit) {
        // No alias on a fetch join: WildFly runs Hibernate JPA-compliant and refuses one. The guests
        // follow in batches (hibernate.default_batch_fetch_size) inside the same transaction.
        return em.createQuery("select n from GuestNotification n join fetch n.reservation order by n.createdAt desc",
                        GuestNotification.class)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }
}
