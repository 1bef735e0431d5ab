package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Nearby dates of the same length that can be sold, with the cheapest offer for them. */
public record AlternativeView(
        LocalDate arrival,
        LocalDate departure,
        String roomType,
        String roomTypeName,
        String ratePlan,
        String ratePlanName,
        int roomsLeft,
        BigDecimal total,
        String currency) implements Serializable {
}
