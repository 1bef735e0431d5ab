package org.innkeeper.infrastructure.history;

import org.hibernate.Session;
import org.hibernate.envers.configuration.Configuration;
import org.hibernate.envers.internal.entities.mapper.PersistentCollectionChangeData;
import org.hibernate.envers.strategy.internal.DefaultAuditStrategy;

/**
 * Envers' default strategy, except in a session marked {@link #UNAUDITED}: the demo and benchmark
 * seeders write tens of thousands of rows at start-up, and then record one baseline revision of what
 * they made ({@link AuditBaseline}) in a few set-based statements instead of a row per change.
 */
public class SeedAwareAuditStrategy extends DefaultAuditStrategy {

    /** Entity manager property: its transaction's changes are not audited one by one. */
    public static final String UNAUDITED = "org.innkeeper.history.unaudited";

    @Override
    public void perform(Session session, String entityName, Configuration configuration, Object id, Object data,
                        Object revision) {
        if (!unaudited(session)) {
            super.perform(session, entityName, configuration, id, data, revision);
        }
    }

    @Override
    public void performCollectionChange(Session session, String entityName, String propertyName,
                                        Configuration configuration, PersistentCollectionChangeData data,
                                        Object revision) {
        if (!unaudited(session)) {
            super.performCollectionChange(session, entityName, propertyName, configuration, data, revision);
        }
    }

    private static boolean unaudited(Session session) {
        return Boolean.TRUE.equals(session.getProperties().get(UNAUDITED));
    }
}
