package org.innkeeper.application.dto;

import java.io.Serializable;
import java.util.List;

/** A room type and rate plan that exist but can't be sold for this stay, and why. */
public record UnavailableOfferView(
        String roomType,
        String roomTypeName,
        String ratePlan,
        String ratePlanName,
        List<ReasonView> reasons) implements Serializable {
}
