package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A price for every night from..to (inclusive) on the given weekdays: a season, weekends, one day. */
public record PriceChange(
        @NotBlank String ratePlan,
        @NotBlank String roomType,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @NotEmpty Set<DayOfWeek> weekdays,
        @NotNull BigDecimal amount) implements Serializable {
}
