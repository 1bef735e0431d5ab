package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innkeeper.application.GuestDataService;
import org.innkeeper.application.dto.RetentionView;

/** Once a day: guests whose last stay ended longer ago than the hotel keeps data are anonymised (as "system"). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GuestDataRetention {

    private static final Logger LOG = Logger.getLogger(GuestDataRetention.class.getName());

    @EJB
    GuestDataService guestData;

    @Schedule(hour = "4", minute = "20", persistent = false)
    void anonymiseOldGuests() {
        try {
            RetentionView run = guestData.applyRetention();
            LOG.info(() -> "Retention run: " + run.erased().size() + " guest(s) erased, last stays before " + run.cutoff());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention run failed; tried again tomorrow", e);
        }
    }
}
