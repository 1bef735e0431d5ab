package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Rooms left per room type and night, for the desk's availability grid. */
public record AvailabilityGridView(LocalDate from, List<LocalDate> dates, List<Row> rows) implements Serializable {

    /** One room type: its rooms, and rooms left (sellable - sold) on each of the dates. */
    public record Row(String roomType, String roomTypeName, int rooms, List<Integer> left, List<Integer> sold)
            implements Serializable {
    }
}
