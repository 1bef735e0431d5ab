package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** An article to add or change: its code, name, department, VAT rate and list price (VAT included, optional). */
public record ArticleForm(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 80) String name,
        @NotBlank String department,
        @NotNull @DecimalMin("0") @DecimalMax("50") @Digits(integer = 2, fraction = 2) BigDecimal vatPercent,
        @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal price,
        boolean active) implements Serializable {
}
