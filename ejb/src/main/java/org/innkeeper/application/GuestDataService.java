package org.innkeeper.application;

import jakarta.ejb.Local;
import org.innkeeper.application.dto.GuestDataView;
import org.innkeeper.application.dto.GuestErasureView;
import org.innkeeper.application.dto.RetentionView;

/**
 * A guest's data on request (GDPR articles 15, 17, 20), for managers: everything held on a guest, its
 * erasure (anonymised, invoices kept as issued), and the hotel's retention period with its daily run.
 */
@Local
public interface GuestDataService {

    /** Most profiles one retention run erases; the next day's run goes on. */
    int RETENTION_BATCH = 500;

    /** Everything held on the guest (and on the profiles merged into theirs). */
    GuestDataView export(long guestId);

    /**
     * Anonymises the guest's name, contacts, documents, preferences and free text wherever kept, the
     * audit trail's copies included; invoices stay as issued. Refused while the guest is in house or has a
     * reservation still to come. Who did it is recorded.
     */
    GuestErasureView erase(long guestId);

    RetentionView retention();

    /** Keeps guests' data {@code days} after their last stay (30 to 7300). */
    RetentionView keepGuestDataFor(int days);

    /** Erases the profiles whose last stay ended longer ago than the retention period (the daily run, or a manager's). */
    RetentionView applyRetention();
}
