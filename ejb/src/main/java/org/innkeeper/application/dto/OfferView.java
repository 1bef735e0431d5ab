package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A bookable room type and rate plan for a stay and party: every night's price, the taxes, the
 * total and the policies, all before the guest decides.
 */
public record OfferView(
        String roomType,
        String roomTypeName,
        String ratePlan,
        String ratePlanName,
        boolean breakfastIncluded,
        int maxOccupancy,
        int roomsLeft,
        List<NightPriceView> nights,
        BigDecimal roomTotal,
        BigDecimal vat,
        BigDecimal cityTax,
        BigDecimal total,
        String currency,
        PolicyView policies) implements Serializable {
}
