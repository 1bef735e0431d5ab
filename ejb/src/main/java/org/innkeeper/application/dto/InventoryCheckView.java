package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Inventory against the reservations, night by night from..to (exclusive): every night whose rooms
 * sold differ from the reservations holding a room of the type that night. None when all is right.
 */
public record InventoryCheckView(LocalDate from, LocalDate to, boolean consistent, List<Difference> differences)
        implements Serializable {

    /** One room type and night: rooms counted sold, rooms the reservations hold, and sold − held. */
    public record Difference(String roomType, LocalDate night, int sold, int held, int difference)
            implements Serializable {
    }
}
