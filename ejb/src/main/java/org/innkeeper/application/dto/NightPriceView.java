package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One night of a stay: {@code price} is the room with VAT (what the plan asks), split into
 * {@code net} and {@code vat}; {@code cityTax} is added; {@code total} is what the night costs.
 */
public record NightPriceView(LocalDate night, BigDecimal price, BigDecimal net, BigDecimal vat, BigDecimal cityTax,
                             BigDecimal total) implements Serializable {
}
