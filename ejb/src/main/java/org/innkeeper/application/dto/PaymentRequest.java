package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A payment towards the folio. {@code method} is CASH or CARD; for a card only its last four
 * digits are taken (never a full card number).
 */
public record PaymentRequest(
        @NotNull String method,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "\\d{4}", message = "must be the last four digits of the card") String cardLast4)
        implements Serializable {
}
