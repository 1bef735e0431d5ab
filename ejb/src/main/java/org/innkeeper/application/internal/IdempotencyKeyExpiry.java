package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innkeeper.application.IdempotencyService;

/** Every hour: idempotency keys older than a day are forgotten. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class.getName());

    @EJB
    IdempotencyService idempotency;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void forgetExpiredKeys() {
        try {
            int forgotten = idempotency.forgetExpired();
            if (forgotten > 0) {
                LOG.info(() -> forgotten + " idempotency key(s) older than " + IdempotencyService.KEPT + " forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting expired idempotency keys failed; tried again in an hour", e);
        }
    }
}
