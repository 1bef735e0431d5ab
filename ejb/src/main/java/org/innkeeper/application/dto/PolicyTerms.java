package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import jakarta.validation.constraints.NotNull;

/**
 * Policy terms as a manager sets them: guarantee NONE, CARD or DEPOSIT (with a percentage); free
 * cancellation until N hours before arrival (null: never free), then a fee NONE, FIRST_NIGHT,
 * PERCENT (with a percentage) or FULL_STAY; the no-show fee likewise.
 */
public record PolicyTerms(
        @NotNull String guarantee,
        BigDecimal depositPercent,
        Integer freeCancellationHours,
        @NotNull String cancellationFee,
        BigDecimal cancellationFeePercent,
        @NotNull String noShowFee,
        BigDecimal noShowFeePercent) implements Serializable {
}
