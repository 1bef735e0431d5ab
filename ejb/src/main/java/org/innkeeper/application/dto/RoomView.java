package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A physical room: occupancy is VACANT or OCCUPIED, housekeeping CLEAN, DIRTY or INSPECTED.
 * {@code block} is OUT_OF_ORDER or OUT_OF_SERVICE when the room is blocked today. For housekeeping:
 * {@code dueOut} (its guest leaves today), {@code arrivalToday} (a guest is due in it today),
 * {@code guestWaiting} (that guest is waiting at the desk: clean it first), {@code found} (what
 * housekeeping last found, VACANT or OCCUPIED) and {@code discrepancy} (the desk thinks otherwise).
 */
public record RoomView(
        String number,
        int floor,
        String roomType,
        String roomTypeName,
        String occupancy,
        String housekeeping,
        List<String> features,
        String connectsTo,
        String block,
        String blockReason,
        boolean dueOut,
        boolean arrivalToday,
        boolean guestWaiting,
        String found,
        boolean discrepancy,
        String changedBy,
        Instant changedAt) implements Serializable {

    /** Ready for an arriving guest: vacant, clean or inspected, not out of order. */
    public boolean ready() {
        return "VACANT".equals(occupancy) && !"DIRTY".equals(housekeeping) && !"OUT_OF_ORDER".equals(block);
    }
}
