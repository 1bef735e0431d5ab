package org.innkeeper.domain.reservation;

import java.util.Arrays;
import java.util.List;

/** Where a reservation is in the guest cycle. */
public enum ReservationStatus {
    /** Tentative: holds its rooms until the option expires, then they go back on sale. */
    OPTION,
    /** Booked; holds a room of its type for each night. */
    CONFIRMED,
    /** Booked and guaranteed (by card or deposit): the room is kept even for a late arrival. */
    GUARANTEED,
    /** Asked for while nothing was free; holds nothing until a room frees up and is offered. */
    WAITLISTED,
    /** Checked in: the guest is in the hotel. */
    IN_HOUSE,
    CHECKED_OUT,
    /** Cancelled (or an option that lapsed); its rooms were given back. */
    CANCELLED,
    /** Did not arrive. */
    NO_SHOW;

    /** Whether the reservation occupies inventory (counts as a room sold). */
    public boolean holdsInventory() {
        return this == OPTION || this == CONFIRMED || this == GUARANTEED || this == IN_HOUSE || this == CHECKED_OUT;
    }

    /** Booked and still to arrive: what can be modified, cancelled or checked in. */
    public boolean isUpcoming() {
        return this == OPTION || this == CONFIRMED || this == GUARANTEED;
    }

    /** The statuses that hold inventory, for queries. */
    public static List<ReservationStatus> holdingInventory() {
        return Arrays.stream(values()).filter(ReservationStatus::holdsInventory).toList();
    }

    /** Booked to arrive (confirmed or guaranteed), for arrival lists and forecasts. */
    public static List<ReservationStatus> expectedToArrive() {
        return List.of(CONFIRMED, GUARANTEED);
    }
}
