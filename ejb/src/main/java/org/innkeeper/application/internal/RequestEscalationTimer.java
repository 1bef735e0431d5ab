package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innkeeper.application.GuestRequestService;

/**
 * Every minute: overdue guest requests escalate. The schedule is created again at every start, so it
 * survives restarts; on two servers sharing a database both run it, and the conditional UPDATE of
 * {@link RequestEscalation} lets one of them escalate each request.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestEscalationTimer {

    private static final Logger LOG = Logger.getLogger(RequestEscalationTimer.class.getName());

    @EJB
    GuestRequestService requests;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    void escalateOverdue() {
        try {
            int escalated = requests.escalateOverdue();
            if (escalated > 0) {
                LOG.info(() -> escalated + " guest request(s) escalated");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalating overdue guest requests failed; tried again in a minute", e);
        }
    }
}
