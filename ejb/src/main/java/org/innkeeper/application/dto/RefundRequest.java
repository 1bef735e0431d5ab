package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** Money given back to the guest, deliberately: how, how much (at most what was paid) and why. */
public record RefundRequest(
        @NotNull String method,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "\\d{4}", message = "must be the last four digits of the card") String cardLast4,
        @NotBlank @Size(max = 200) String reason)
        implements Serializable {
}
