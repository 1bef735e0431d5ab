package org.innkeeper.application.internal;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.innkeeper.infrastructure.persistence.ReadSnapshot;

/**
 * For read services that run in a transaction of their own (REQUIRES_NEW): everything the call reads comes
 * from one snapshot of the database (see {@link ReadSnapshot}), so a search never combines the inventory of
 * one moment with the prices of the next.
 */
public class OneSnapshot {

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    public Object oneSnapshot(InvocationContext call) throws Exception {
        ReadSnapshot.begin(em);
        return call.proceed();
    }
}
