package org.innkeeper.domain.reservation;

import java.util.Arrays;
import java.util.List;

/** Where a reservation is in the guest cycle. */
public enum ReservationStatus {
    /** Booked; holds a room of its type for each night. */
    CONFIRMED,
    /** Checked in: the guest is in the hotel. */
    IN_HOUSE,
    CHECKED_OUT,
    /** Cancelled before arrival; its rooms were given back. */
    CANCELLED,
    /** Did not arrive. */
    NO_SHOW;

    /** Whether the reservation occupies inventory (counts as a room sold). */
    public boolean holdsInventory() {
        return this == CONFIRMED || this == IN_HOUSE || this == CHECKED_OUT;
    }

    /** The statuses that hold inventory, for queries. */
    public static List<ReservationStatus> holdingInventory() {
        return Arrays.stream(values()).filter(ReservationStatus::holdsInventory).toList();
    }
}
