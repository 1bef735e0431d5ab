package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Compensation of a complaint on the stay's folio, as a correction carrying the complaint's reference:
 * {@code DISCOUNT} posts {@code amount} off an {@code article} (ROOM by default: a discount on the
 * room); {@code FREE_SERVICE} reverses the charge {@code postingId} (a service given free).
 */
public record CompensationRequest(
        @NotBlank @Size(max = 12) String kind,
        @Size(max = 20) String article,
        @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        Long postingId,
        @NotBlank @Size(max = 150) String reason)
        implements Serializable {

    public static final String DISCOUNT = "DISCOUNT";
    public static final String FREE_SERVICE = "FREE_SERVICE";
}
