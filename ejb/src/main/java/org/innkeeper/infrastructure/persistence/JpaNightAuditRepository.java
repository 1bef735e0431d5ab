package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.audit.AuditLogLine;
import org.innkeeper.domain.audit.NightAudit;
import org.innkeeper.domain.audit.NightAuditRepository;

@ApplicationScoped
public class JpaNightAuditRepository implements NightAuditRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<NightAudit> find(LocalDate businessDate) {
        return Optional.ofNullable(em.find(NightAudit.class, businessDate));
    }

    @Override
    public Optional<NightAudit> findForUpdate(LocalDate businessDate) {
        // SELECT ... FOR UPDATE: a second run waits here, then reads the step the first one finished.
        return em.createQuery("select a from NightAudit a where a.businessDate = :d", NightAudit.class)
                .setParameter("d", businessDate)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<NightAudit> latest(int limit) {
        return em.createQuery("select a from NightAudit a order by a.businessDate desc", NightAudit.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void store(NightAudit audit) {
        em.persist(audit);
    }

    @Override
    public void log(AuditLogLine line) {
        em.persist(line);
    }

    @Override
    public List<AuditLogLine> log(LocalDate businessDate) {
        return em.createQuery("select l from AuditLogLine l where l.businessDate = :d order by l.id", AuditLogLine.class)
                .setParameter("d", businessDate).getResultList();
    }
}
