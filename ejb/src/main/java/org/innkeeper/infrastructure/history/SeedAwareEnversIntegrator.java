package org.innkeeper.infrastructure.history;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.event.spi.EnversPostCollectionRecreateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostDeleteEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostInsertEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionRemoveEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreUpdateEventListenerImpl;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Envers' listeners, registered by Innkeeper instead of by Envers ({@code hibernate.envers.autoRegisterListeners}
 * is off), each passing over a session marked {@link SeedAwareAuditStrategy#UNAUDITED}: the seeders' tens of
 * thousands of rows then cost Envers nothing at all (the strategy alone skipped only the writing, after Envers had
 * copied every row's state; about 6 s of the demo's first start). Every other session is audited exactly as
 * Envers' own registration would.
 */
public class SeedAwareEnversIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EnversService envers = sessionFactory.getServiceRegistry().getService(EnversService.class);
        if (envers == null || !envers.isEnabled() || !envers.isInitialized()
                || !envers.getEntitiesConfigurations().hasAuditedEntities()) {
            return;
        }
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        Listeners l = new Listeners(envers);
        listeners.appendListeners(EventType.POST_DELETE, l);
        listeners.appendListeners(EventType.POST_INSERT, l);
        listeners.appendListeners(EventType.PRE_UPDATE, l);
        listeners.appendListeners(EventType.POST_UPDATE, l);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, l);
        listeners.appendListeners(EventType.PRE_COLLECTION_REMOVE, l);
        listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, l);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    }

    static boolean unaudited(EventSource session) {
        return session != null && Boolean.TRUE.equals(session.getProperties().get(SeedAwareAuditStrategy.UNAUDITED));
    }

    /** Envers' own listeners behind one check of the session. */
    static final class Listeners implements PostDeleteEventListener, PostInsertEventListener, PreUpdateEventListener,
            PostUpdateEventListener, PostCollectionRecreateEventListener, PreCollectionRemoveEventListener,
            PreCollectionUpdateEventListener {

        private static final long serialVersionUID = 1L;

        private final PostDeleteEventListener postDelete;
        private final PostInsertEventListener postInsert;
        private final PreUpdateEventListener preUpdate;
        private final PostUpdateEventListener postUpdate;
        private final PostCollectionRecreateEventListener collectionRecreate;
        private final PreCollectionRemoveEventListener collectionRemove;
        private final PreCollectionUpdateEventListener collectionUpdate;

        Listeners(EnversService envers) {
            postDelete = new EnversPostDeleteEventListenerImpl(envers);
            postInsert = new EnversPostInsertEventListenerImpl(envers);
            preUpdate = new EnversPreUpdateEventListenerImpl(envers);
            postUpdate = new EnversPostUpdateEventListenerImpl(envers);
            collectionRecreate = new EnversPostCollectionRecreateEventListenerImpl(envers);
            collectionRemove = new EnversPreCollectionRemoveEventListenerImpl(envers);
            collectionUpdate = new EnversPreCollectionUpdateEventListenerImpl(envers);
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            if (!unaudited(event.getSession())) {
                postDelete.onPostDelete(event);
            }
        }

        @Override
        public void onPostInsert(PostInsertEvent event) {
            if (!unaudited(event.getSession())) {
                postInsert.onPostInsert(event);
            }
        }

        @Override
        public boolean onPreUpdate(PreUpdateEvent event) {
            return !unaudited(event.getSession()) && preUpdate.onPreUpdate(event);
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            if (!unaudited(event.getSession())) {
                postUpdate.onPostUpdate(event);
            }
        }

        @Override
        public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
            if (!unaudited(collectionSession(event))) {
                collectionRecreate.onPostRecreateCollection(event);
            }
        }

        @Override
        public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
            if (!unaudited(collectionSession(event))) {
                collectionRemove.onPreRemoveCollection(event);
            }
        }

        @Override
        public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
            if (!unaudited(collectionSession(event))) {
                collectionUpdate.onPreUpdateCollection(event);
            }
        }

        private static EventSource collectionSession(AbstractCollectionEvent event) {
            return event.getSession();
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return postInsert.requiresPostCommitHandling(persister);
        }
    }
}
