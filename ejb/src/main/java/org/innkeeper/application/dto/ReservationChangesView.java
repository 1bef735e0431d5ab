package org.innkeeper.application.dto;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a channel's change feed: its reservations changed after the cursor, in commit order, each
 * once in its latest state; {@code nextCursor} to ask from next time (the same cursor when nothing
 * changed); {@code more} when another page is waiting already.
 */
public record ReservationChangesView(List<ReservationView> items, String nextCursor, boolean more)
        implements Serializable {
}
