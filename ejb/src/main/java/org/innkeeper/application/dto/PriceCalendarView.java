package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A rate plan's prices and restrictions for one room type, day by day (price null: not sold). */
public record PriceCalendarView(String ratePlan, String roomType, String currency, List<Day> days)
        implements Serializable {

    public record Day(LocalDate date, BigDecimal price, Integer minStay, Integer maxStay, boolean closedToArrival,
                      boolean closedToDeparture, boolean stopSell) implements Serializable {
    }
}
