package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reservation as the desk and the channels see it; prices are those frozen at booking.
 * {@code cancellable} and {@code checkInPossible} say what the hotel would accept today.
 */
public record ReservationView(
        String confirmationNumber,
        String status,
        String roomType,
        String roomTypeName,
        String ratePlan,
        String ratePlanName,
        LocalDate arrival,
        LocalDate departure,
        int nights,
        int adults,
        GuestDetails guest,
        List<NightPriceView> nightlyPrices,
        BigDecimal total,
        String currency,
        String channel,
        String source,
        String roomNumber,
        Instant createdAt,
        Instant modifiedAt,
        boolean cancellable,
        boolean checkInPossible) implements Serializable {
}
