package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A bookable room type and rate plan for a stay: every night's price and the total. */
public record OfferView(
        String roomType,
        String roomTypeName,
        String ratePlan,
        String ratePlanName,
        int maxOccupancy,
        int roomsLeft,
        List<NightPriceView> nights,
        BigDecimal total,
        String currency) implements Serializable {
}
