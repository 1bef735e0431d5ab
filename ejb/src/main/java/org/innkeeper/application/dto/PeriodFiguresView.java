package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A period's frozen figures and KPIs: {@code days} calendar days, of which {@code daysFrozen} the night
 * audit froze (a day not frozen counts as none). Money net of VAT, to two decimals; ALOS in nights.
 */
public record PeriodFiguresView(
        LocalDate from,
        LocalDate to,
        int days,
        int daysFrozen,
        long roomsAvailable,
        long roomsSold,
        long roomsComplimentary,
        long roomsHouseUse,
        BigDecimal occupancyPercent,
        BigDecimal adr,
        BigDecimal revPar,
        BigDecimal trevPar,
        BigDecimal alos,
        BigDecimal roomRevenue,
        BigDecimal totalRevenue,
        Map<String, BigDecimal> revenueByDepartment,
        long arrivals,
        long departures,
        long noShows,
        long cancellations,
        long guests) implements Serializable {
}
