package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The price of the night that begins on {@code night}. */
public record NightPriceView(LocalDate night, BigDecimal price) implements Serializable {
}
