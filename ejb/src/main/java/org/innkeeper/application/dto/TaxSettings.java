package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import jakarta.validation.constraints.NotNull;

/**
 * The hotel's taxes: VAT (included in prices or added to them) and the city tax per person and night, or
 * per adult and night when the city exempts children ({@code cityTaxChildrenExempt}).
 */
public record TaxSettings(@NotNull BigDecimal vatPercent, boolean vatIncluded, @NotNull BigDecimal cityTaxPerPersonNight,
                          boolean cityTaxChildrenExempt, String currency) implements Serializable {
}
