package org.innkeeper.application.internal;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * Writes a service call's changes before it returns, so that a clash with someone else's change
 * at the same moment (a versioned room or folio, a lock that could not be had) is answered as a
 * conflict to retry, not as a failure of the commit after the call.
 */
public class ConcurrentChanges {

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    public Object flushWithin(InvocationContext call) throws Exception {
        try {
            Object result = call.proceed();
            em.flush();
            return result;
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException clash) {
            throw new StateConflictException("concurrent-change",
                    "someone else changed this at the same moment; reload and try again");
        }
    }
}
