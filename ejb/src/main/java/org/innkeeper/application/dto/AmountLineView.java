package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** An amount under a code: a department, a payment method, a member of staff. */
public record AmountLineView(String code, BigDecimal amount) implements Serializable {
}
