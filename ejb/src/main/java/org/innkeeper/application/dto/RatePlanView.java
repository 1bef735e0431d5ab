package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A rate plan with its terms. {@code parent} and {@code adjustmentPercent} are set for a derived
 * plan (e.g. NRF = BAR - 10 %); extra-guest amounts are per night in the hotel's currency.
 */
public record RatePlanView(
        String code,
        String name,
        String description,
        String parent,
        BigDecimal adjustmentPercent,
        boolean breakfastIncluded,
        BigDecimal extraAdultAmount,
        BigDecimal childAmount,
        boolean active,
        PolicyTerms policies,
        String policySummary) implements Serializable {
}
