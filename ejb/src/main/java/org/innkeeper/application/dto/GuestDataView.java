package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything held on one guest (GDPR articles 15 and 20), as JSON takes it: the records table by table
 * (column → value), and the audit trail of their reservations.
 */
public record GuestDataView(long guestId, Instant exportedAt, String exportedBy,
                            Map<String, List<Map<String, Object>>> records, List<ChangeView> history)
        implements Serializable {
}
