package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** What one member of staff took by one method on a business date (refunds count negative). */
public record CashierLineView(String postedBy, String method, long payments, BigDecimal amount)
        implements Serializable {
}
