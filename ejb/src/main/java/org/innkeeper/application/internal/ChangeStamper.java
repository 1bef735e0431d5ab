package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.innkeeper.domain.reservation.ReservationRepository;

/**
 * Numbers the committed reservation changes for the channels' feed.
 * <p>
 * Why after commit, by one stamper: a number taken inside the booking's own transaction can commit
 * out of order (a transaction holding 11 commits before one holding 10, and a reader at 11 never sees
 * 10), and a counter row locked by every booking would make concurrent bookings queue behind each other.
 * Here a change only clears its number; the stamper, holding the feed's counter row, numbers what has
 * committed since, above everything numbered before. So numbers follow commit order, readers see only
 * numbered changes, and the booking path takes no extra lock. The cost is a short delay: the timer
 * stamps every few seconds and every read of the feed stamps first.
 */
@Stateless
public class ChangeStamper {

    /** How many changes one statement batch numbers. */
    static final int BATCH = 500;

    @Inject
    ReservationRepository reservations;

    /** Numbers every committed change not numbered yet; how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int stampCommitted() {
        int total = 0;
        int stamped;
        do {
            stamped = reservations.stampChanges(BATCH);
            total += stamped;
        } while (stamped == BATCH);
        return total;
    }
}
