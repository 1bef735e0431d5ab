package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A company billed directly: name, address and VAT ID for its invoices, and its credit limit. */
public record CompanyForm(@NotBlank @Size(max = 200) String name, @Size(max = 300) String address,
                          @Size(max = 30) String vatId,
                          @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal creditLimit,
                          boolean active) implements Serializable {
}
