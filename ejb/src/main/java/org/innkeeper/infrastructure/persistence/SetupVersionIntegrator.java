package org.innkeeper.infrastructure.persistence;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Raises {@link SetupVersion} whenever Hibernate writes a hotel, room type, rate plan or channel, on the same
 * connection and in the same transaction as the write. Hooked into Hibernate's own events rather than into the
 * services that change them, so no new way of changing them can forget it.
 */
public class SetupVersionIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        Listener l = new Listener();
        listeners.appendListeners(EventType.POST_INSERT, l);
        listeners.appendListeners(EventType.POST_UPDATE, l);
        listeners.appendListeners(EventType.POST_DELETE, l);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    }

    static final class Listener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void onPostInsert(PostInsertEvent event) {
            raiseFor(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            raiseFor(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            raiseFor(event.getEntity(), event.getSession());
        }

        private static void raiseFor(Object entity, EventSource session) {
            if (SetupVersion.keptInMemory(entity)) {
                session.doWork(SetupVersion::raise);
            }
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }
    }
}
