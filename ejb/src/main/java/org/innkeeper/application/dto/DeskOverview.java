package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/** Today at a glance for the front desk. */
public record DeskOverview(
        LocalDate businessDate,
        int arrivalsDue,
        int inHouse,
        int departuresDue,
        int vacantClean,
        int vacantDirty,
        int occupied,
        int totalRooms) implements Serializable {
}
