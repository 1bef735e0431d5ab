package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.complaint.Complaint;
import org.innkeeper.domain.complaint.ComplaintCategory;
import org.innkeeper.domain.complaint.ComplaintRepository;
import org.innkeeper.domain.complaint.ComplaintStatus;
import org.innkeeper.domain.complaint.StandardResolution;

@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void store(Complaint complaint) {
        if (complaint.id() == null) {
            em.persist(complaint);
        }
    }

    @Override
    public Optional<Complaint> find(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    @Override
    public Optional<Complaint> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Complaint> earlier(String roomNumber, Long guestId, Instant since, Instant before) {
        return em.createQuery("select c from Complaint c where c.takenAt < :before and ((c.roomNumber = :room"
                        + " and c.takenAt >= :since) or c.guestId = :guest) order by c.takenAt desc", Complaint.class)
                .setParameter("before", before).setParameter("since", since)
                .setParameter("room", roomNumber == null ? "" : roomNumber)
                .setParameter("guest", guestId == null ? -1L : guestId)
                .setMaxResults(200).getResultList();
    }

    @Override
    public List<Complaint> latest(ComplaintStatus status, int limit) {
        return em.createQuery("select c from Complaint c where (:status is null or c.status = :status)"
                        + " order by c.takenAt desc, c.id desc", Complaint.class)
                .setParameter("status", status).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @Override
    public List<Complaint> ofGuest(long guestId) {
        return em.createQuery("select c from Complaint c where c.guestId = :g order by c.takenAt desc", Complaint.class)
                .setParameter("g", guestId).setMaxResults(100).getResultList();
    }

    @Override
    public List<Complaint> ofReservation(long reservationId) {
        return em.createQuery("select c from Complaint c where c.reservationId = :r order by c.takenAt desc",
                Complaint.class).setParameter("r", reservationId).getResultList();
    }

    @Override
    public List<Complaint> followUpsDue(Instant by) {
        return em.createQuery("select c from Complaint c where c.status = :s and c.followUpDue <= :by"
                        + " order by c.followUpDue", Complaint.class)
                .setParameter("s", ComplaintStatus.RESOLVED).setParameter("by", by).setMaxResults(500).getResultList();
    }

    @Override
    public List<Complaint> repeats(int limit) {
        return em.createQuery("select c from Complaint c where c.repeatReason is not null order by c.takenAt desc",
                Complaint.class).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @Override
    public List<Complaint> takenBetween(Instant from, Instant to) {
        return em.createQuery("select c from Complaint c where c.takenAt >= :from and c.takenAt < :to", Complaint.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public StandardResolution standard(ComplaintCategory category) {
        StandardResolution s = em.find(StandardResolution.class, category);
        if (s == null) {
            throw new IllegalStateException("no standard resolution for " + category);
        }
        return s;
    }

    @Override
    public List<StandardResolution> standards() {
        return em.createQuery("select s from StandardResolution s", StandardResolution.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(StandardResolution::category)).toList();
    }
}
