package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A payment received from a company: how much, how (BANK_TRANSFER, CARD, CASH) and its reference. */
public record LedgerPaymentRequest(@NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
                                   @NotNull String method, @Size(max = 100) String reference) implements Serializable {
}
