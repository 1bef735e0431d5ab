package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.mail.MailStatus;
import org.innkeeper.domain.mail.OutboxEntry;
import org.innkeeper.domain.mail.OutboxMessage;
import org.innkeeper.domain.mail.OutboxRepository;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void store(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> findForUpdate(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> dueAt(Instant now, int limit) {
        // The pause after a failure grows with its attempts: read the few unsent ones' state (not
        // their bodies) and let the message's own rule decide.
        return em.createQuery("select m.id, m.status, m.attempts, m.lastAttemptAt, m.createdAt from OutboxMessage m"
                        + " where m.status <> :sent and m.attempts < :max order by m.createdAt, m.id", Object[].class)
                .setParameter("sent", MailStatus.SENT)
                .setParameter("max", OutboxMessage.MAX_ATTEMPTS)
                .getResultStream()
                .filter(row -> OutboxMessage.due((MailStatus) row[1], (Integer) row[2], (Instant) row[3], (Instant) row[4], now))
                .limit(limit)
                .map(row -> (Long) row[0])
                .toList();
    }

    @Override
    public List<OutboxEntry> latest(MailStatus status, int limit) {
        String select = "select new org.innkeeper.domain.mail.OutboxEntry(m.id, m.createdAt, m.createdBy,"
                + " m.recipient, m.subject, m.kind, m.confirmationNumber, m.attachment.fileName, m.status,"
                + " m.attempts, m.lastAttemptAt, m.lastError, m.sentAt) from OutboxMessage m";
        String newestFirst = " order by m.createdAt desc, m.id desc";
        var query = status == null
                ? em.createQuery(select + newestFirst, OutboxEntry.class)
                : em.createQuery(select + " where m.status = :status" + newestFirst, OutboxEntry.class)
                        .setParameter("status", status);
        return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @Override
    public long count(MailStatus status) {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
