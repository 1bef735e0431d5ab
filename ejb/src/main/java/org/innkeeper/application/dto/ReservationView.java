package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reservation as the desk and the channels see it; prices, taxes and policies are those frozen at
 * booking (or at the last modification). {@code status} is OPTION, CONFIRMED, GUARANTEED,
 * WAITLISTED, IN_HOUSE, CHECKED_OUT, CANCELLED or NO_SHOW. {@code cancellable}, {@code modifiable},
 * {@code checkInPossible} and {@code noShowPossible} say what the hotel would accept today; {@code cancellationFeeNow} is
 * what cancelling would cost now, {@code feeCharged} the fee taken when it was cancelled or a no-show.
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
        int children,
        GuestDetails guest,
        List<NightPriceView> nightlyPrices,
        BigDecimal roomTotal,
        BigDecimal vat,
        BigDecimal cityTax,
        BigDecimal total,
        String currency,
        boolean breakfastIncluded,
        PolicyView policies,
        String guaranteeCardLast4,
        Instant optionExpiresAt,
        String bookingReference,
        String channel,
        String source,
        String roomNumber,
        Instant createdAt,
        Instant modifiedAt,
        BigDecimal cancellationFeeNow,
        BigDecimal feeCharged,
        String endReason,
        boolean cancellable,
        boolean modifiable,
        boolean checkInPossible,
        boolean noShowPossible) implements Serializable {
}
