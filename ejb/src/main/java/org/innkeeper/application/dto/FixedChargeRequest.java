package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An article the stay takes every night (e.g. PARKING): {@code quantity} a night (1 if left out) at
 * {@code unitPrice} (VAT included; left out: the catalogue's price), for the nights from..to (inclusive;
 * left out: from arrival, or today for a guest in house, to the last night of the stay).
 */
public record FixedChargeRequest(
        @NotBlank @Size(max = 20) String article,
        @Min(1) @Max(20) Integer quantity,
        @DecimalMin(value = "0.00") @Digits(integer = 8, fraction = 2) BigDecimal unitPrice,
        LocalDate from,
        LocalDate to) implements Serializable {
}
