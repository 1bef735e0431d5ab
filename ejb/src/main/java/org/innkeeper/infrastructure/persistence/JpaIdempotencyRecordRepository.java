package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.innkeeper.domain.idempotency.IdempotencyKeyInUseException;
import org.innkeeper.domain.idempotency.IdempotencyRecord;
import org.innkeeper.domain.idempotency.IdempotencyRecordRepository;

@ApplicationScoped
public class JpaIdempotencyRecordRepository implements IdempotencyRecordRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<IdempotencyRecord> find(String channel, String key) {
        return em.createQuery("select r from IdempotencyRecord r where r.channel = :channel and r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("channel", channel)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public void claim(IdempotencyRecord record) {
        try {
            em.persist(record);
            em.flush(); // the insert now: a racing twin waits here (PostgreSQL) or fails here (H2)
        } catch (PersistenceException duplicate) {
            // the unique (channel, idempotency_key) said no; the transaction is rolled back anyway
            throw new IdempotencyKeyInUseException(record.key());
        }
    }

    @Override
    public int removeCreatedBefore(Instant instant) {
        return em.createQuery("delete from IdempotencyRecord r where r.createdAt < :instant")
                .setParameter("instant", instant)
                .executeUpdate();
    }
}
