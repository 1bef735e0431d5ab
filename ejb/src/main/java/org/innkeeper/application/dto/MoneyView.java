package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** An amount and its currency, as shown to people and channels. */
public record MoneyView(BigDecimal amount, String currency) implements Serializable {
}
