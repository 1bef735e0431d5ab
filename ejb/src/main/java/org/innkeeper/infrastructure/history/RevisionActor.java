package org.innkeeper.infrastructure.history;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;
import org.innkeeper.application.Actor;

/**
 * Stamps each revision with who made it: the request's {@link Actor} in the server (a member of staff
 * or a channel), {@code system} for timers and start-up work (no request, or a request nobody acted in).
 * Outside a container (the JPA tests) the actor bound to the thread stands in for the request's.
 */
public class RevisionActor implements RevisionListener {

    private static final ThreadLocal<Actor> OUTSIDE_CONTAINER = new ThreadLocal<>();

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).by(current());
    }

    /** Who is acting on this thread now. */
    public static String current() {
        Actor bound = OUTSIDE_CONTAINER.get();
        if (bound != null) {
            return bound.name();
        }
        try {
            return CDI.current().select(Actor.class).get().name();
        } catch (IllegalStateException | ContextNotActiveException noRequest) {
            // no CDI container (a plain JVM) or no request on this thread (a timer's own thread)
            return Actor.SYSTEM;
        }
    }

    /** Outside a container: the actor whose changes this thread's transactions record (null: none). */
    public static void bind(Actor actor) {
        if (actor == null) {
            OUTSIDE_CONTAINER.remove();
        } else {
            OUTSIDE_CONTAINER.set(actor);
        }
    }
}
