package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every five seconds: committed reservation changes get their number in the channels' change feed. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeFeedTimer {

    private static final Logger LOG = Logger.getLogger(ChangeFeedTimer.class.getName());

    @EJB
    ChangeStamper stamper;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void stamp() {
        try {
            int stamped = stamper.stampCommitted();
            if (stamped > 0) {
                LOG.fine(() -> stamped + " reservation change(s) numbered for the change feed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Numbering reservation changes failed; tried again in five seconds", e);
        }
    }
}
