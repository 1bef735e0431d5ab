package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innkeeper.application.ReservationService;

/** Every minute: options past their expiry give their rooms back (and the waitlist is offered them). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OptionExpiry {

    private static final Logger LOG = Logger.getLogger(OptionExpiry.class.getName());

    @EJB
    ReservationService reservations;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void releaseLapsedOptions() {
        try {
            int lapsed = reservations.expireOptions();
            if (lapsed > 0) {
                LOG.info(() -> lapsed + " option(s) lapsed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Releasing lapsed options failed; tried again in a minute", e);
        }
    }
}
