package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Occupancy figures for one business date, or for a whole period when {@code date} is null.
 * Percent and money figures are rounded to two decimals.
 */
public record OccupancyDayView(
        LocalDate date,
        int roomsAvailable,
        int roomsSold,
        BigDecimal roomRevenue,
        BigDecimal occupancyPercent,
        BigDecimal adr,
        BigDecimal revPar,
        String currency) implements Serializable {
}
