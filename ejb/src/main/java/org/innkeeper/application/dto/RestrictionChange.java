package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Restrictions for every date from..to (inclusive) on the given weekdays, for one rate plan and
 * room type or (null/blank) all of them. All empty removes the restrictions of those dates.
 */
public record RestrictionChange(
        String ratePlan,
        String roomType,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @NotEmpty Set<DayOfWeek> weekdays,
        Integer minStay,
        Integer maxStay,
        boolean closedToArrival,
        boolean closedToDeparture,
        boolean stopSell) implements Serializable {
}
