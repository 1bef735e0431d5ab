package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A charge to the guest's folio. {@code category} is one of MINIBAR, RESTAURANT, BAR, LAUNDRY,
 * SPA, PARKING, OTHER; the amount is in the hotel's currency.
 */
public record ChargeRequest(
        @NotNull String category,
        @NotBlank @Size(max = 120) String description,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount)
        implements Serializable {
}
