package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to an availability search: every bookable offer (cheapest first), what exists but
 * can't be sold and why, and, when nothing at all can be sold, the nearest dates that can.
 */
public record AvailabilityView(
        LocalDate arrival,
        LocalDate departure,
        int nights,
        int adults,
        int children,
        String currency,
        List<OfferView> offers,
        List<UnavailableOfferView> unavailable,
        List<AlternativeView> alternatives) implements Serializable {
}
