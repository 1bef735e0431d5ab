package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The terms of a rate plan, or of a reservation as it was booked, with what they mean in money
 * for the stay in question. {@code guarantee} is NONE, CARD or DEPOSIT; fees are NONE,
 * FIRST_NIGHT, PERCENT or FULL_STAY. {@code freeCancellationUntil} is null when cancelling is
 * never free; {@code cancellationFeeAmount} is what cancelling costs after it.
 */
public record PolicyView(
        String guarantee,
        BigDecimal depositPercent,
        BigDecimal depositAmount,
        Integer freeCancellationHours,
        Instant freeCancellationUntil,
        String cancellationFee,
        BigDecimal cancellationFeePercent,
        BigDecimal cancellationFeeAmount,
        String noShowFee,
        BigDecimal noShowFeePercent,
        BigDecimal noShowFeeAmount,
        boolean refundable,
        String summary) implements Serializable {
}
