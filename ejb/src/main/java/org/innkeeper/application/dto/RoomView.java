package org.innkeeper.application.dto;

import java.io.Serializable;

/** A physical room: occupancy is VACANT or OCCUPIED, housekeeping CLEAN, DIRTY or INSPECTED. */
public record RoomView(
        String number,
        int floor,
        String roomType,
        String roomTypeName,
        String occupancy,
        String housekeeping) implements Serializable {
}
