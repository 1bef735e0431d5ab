package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a folio. {@code type} is ROOM, TAX, CHARGE or PAYMENT; amounts are positive, payments
 * reduce the balance. {@code category} is the charge category, or the payment method for payments.
 * {@code night} and {@code roomNumber} are set for room nights and their city tax only.
 */
public record PostingView(
        long id,
        String type,
        String category,
        String description,
        LocalDate businessDate,
        Instant postedAt,
        BigDecimal amount,
        String cardLast4,
        LocalDate night,
        String roomNumber) implements Serializable {
}
