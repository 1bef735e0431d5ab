package org.innkeeper.application.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A payment towards the folio. {@code method} is CASH or CARD; for a card only its last four
 * digits are taken (never a full card number). {@code window}: the folio window paid (default 1, the guest's).
 */
public record PaymentRequest(
        @NotNull String method,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "\\d{4}", message = "must be the last four digits of the card") String cardLast4,
        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(8) Integer window)
        implements Serializable {

    @jakarta.json.bind.annotation.JsonbCreator
    public PaymentRequest(@jakarta.json.bind.annotation.JsonbProperty("method") String method,
                          @jakarta.json.bind.annotation.JsonbProperty("amount") BigDecimal amount,
                          @jakarta.json.bind.annotation.JsonbProperty("cardLast4") String cardLast4,
                          @jakarta.json.bind.annotation.JsonbProperty("window") Integer window) {
        this.method = method;
        this.amount = amount;
        this.cardLast4 = cardLast4;
        this.window = window;
    }

    /** A payment towards the guest's window (1). */
    public PaymentRequest(String method, BigDecimal amount, String cardLast4) {
        this(method, amount, cardLast4, null);
    }
}
