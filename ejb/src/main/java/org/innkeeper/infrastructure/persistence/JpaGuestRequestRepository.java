package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.request.EscalationContact;
import org.innkeeper.domain.request.GuestPageLink;
import org.innkeeper.domain.request.GuestRequest;
import org.innkeeper.domain.request.GuestRequestRepository;
import org.innkeeper.domain.request.GuestTier;
import org.innkeeper.domain.request.RequestCategory;
import org.innkeeper.domain.request.RequestDepartment;
import org.innkeeper.domain.request.RequestStatus;
import org.innkeeper.domain.request.RequestTarget;
import org.innkeeper.domain.request.StaffNotice;
import org.innkeeper.domain.reservation.Reservation;

@ApplicationScoped
public class JpaGuestRequestRepository implements GuestRequestRepository {

    @PersistenceContext
    EntityManager em;

    public JpaGuestRequestRepository() {
    }

    /** Bound to an entity manager outside injection (the demo seeder). */
    public JpaGuestRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(GuestRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<GuestRequest> find(long id) {
        return Optional.ofNullable(em.find(GuestRequest.class, id));
    }

    @Override
    public List<GuestRequest> ofReservation(Reservation reservation) {
        return em.createQuery("select r from GuestRequest r join fetch r.category where r.reservation = :s"
                        + " order by r.loggedAt desc, r.id desc", GuestRequest.class)
                .setParameter("s", reservation).getResultList();
    }

    @Override
    public List<GuestRequest> open(RequestDepartment department) {
        return em.createQuery("select r from GuestRequest r join fetch r.reservation join fetch r.category"
                        + " where r.status <> :resolved and (:d is null or r.department = :d)"
                        + " order by r.loggedAt", GuestRequest.class)
                .setParameter("resolved", RequestStatus.RESOLVED).setParameter("d", department).getResultList();
    }

    @Override
    public List<GuestRequest> loggedBetween(Instant from, Instant to) {
        return em.createQuery("select r from GuestRequest r where r.loggedAt >= :f and r.loggedAt < :t",
                        GuestRequest.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<Long> escalationCandidates(Instant at) {
        return em.createQuery("select r.id from GuestRequest r where r.status <> :resolved and r.escalationLevel < 2"
                        + " and ((r.acknowledgedAt is null and r.responseDueAt <= :at) or r.resolutionDueAt <= :at"
                        + " or r.acknowledgedAt > r.responseDueAt) order by r.id", Long.class)
                .setParameter("resolved", RequestStatus.RESOLVED).setParameter("at", at).getResultList();
    }

    @Override
    public boolean escalate(long id, int fromLevel, int toLevel, String to, Instant at) {
        return em.createQuery("update GuestRequest r set r.escalationLevel = :to, r.escalatedTo = :who,"
                        + " r.escalatedAt = :at, r.version = r.version + 1 where r.id = :id and r.escalationLevel = :from")
                .setParameter("to", toLevel).setParameter("who", to).setParameter("at", at)
                .setParameter("id", id).setParameter("from", fromLevel).executeUpdate() == 1
                && refreshed(id);
    }

    /** The bulk UPDATE bypassed the loaded request: read it again, so its version is the new one. */
    private boolean refreshed(long id) {
        GuestRequest loaded = em.find(GuestRequest.class, id);
        if (loaded != null) {
            em.refresh(loaded);
        }
        return true;
    }

    @Override
    public Optional<EscalationContact> escalationContact(RequestDepartment department, int level) {
        List<?> rows = em.createNativeQuery("select username, email from escalation_contact where department = ?1"
                        + " and escalation_level = ?2")
                .setParameter(1, department.name()).setParameter(2, level).getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row)
                .map(row -> new EscalationContact((String) row[0], (String) row[1]));
    }

    @Override
    public void setEscalationContact(RequestDepartment department, int level, EscalationContact contact) {
        em.createNativeQuery("delete from escalation_contact where department = ?1 and escalation_level = ?2")
                .setParameter(1, department.name()).setParameter(2, level).executeUpdate();
        em.createNativeQuery("insert into escalation_contact (department, escalation_level, username, email)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, department.name()).setParameter(2, level).setParameter(3, contact.username())
                .setParameter(4, contact.email()).executeUpdate();
    }

    @Override
    public List<RequestCategory> categories() {
        return em.createQuery("select c from RequestCategory c order by c.name", RequestCategory.class).getResultList();
    }

    @Override
    public Optional<RequestCategory> category(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(RequestCategory.class, code));
    }

    @Override
    public List<RequestTarget> targets() {
        return em.createQuery("select t from RequestTarget t order by t.categoryCode, t.tier", RequestTarget.class)
                .getResultList();
    }

    @Override
    public Optional<RequestTarget> target(String categoryCode, GuestTier tier) {
        return Optional.ofNullable(em.find(RequestTarget.class, new RequestTarget.Key(categoryCode, tier)));
    }

    @Override
    public void store(StaffNotice notice) {
        em.persist(notice);
    }

    @Override
    public List<StaffNotice> notices(String username, int limit) {
        return em.createQuery("select n from StaffNotice n join fetch n.request where n.username = :u"
                        + " order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.request.id desc",
                        StaffNotice.class)
                .setParameter("u", username).setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList();
    }

    @Override
    public Optional<StaffNotice> notice(long id) {
        return Optional.ofNullable(em.find(StaffNotice.class, id));
    }

    @Override
    public Optional<GuestPageLink> link(String tokenHash) {
        return Optional.ofNullable(em.find(GuestPageLink.class, tokenHash));
    }

    @Override
    public void replaceLink(GuestPageLink link) {
        em.createQuery("delete from GuestPageLink l where l.reservation = :r")
                .setParameter("r", link.reservation()).executeUpdate();
        em.persist(link);
    }
}
