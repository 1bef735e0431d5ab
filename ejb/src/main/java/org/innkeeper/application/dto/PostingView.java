package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a folio. {@code type} is ROOM, TAX, CHARGE or PAYMENT; {@code amount} is gross (VAT
 * included): positive for charges and payments, negative for corrections and refunds; payments
 * reduce the balance. {@code article} and {@code department} name what was sold, with {@code net},
 * {@code vatPercent} and {@code vat}; {@code category} is the article, or the payment method for
 * payments. {@code night} and {@code roomNumber} are set for room nights and their city tax.
 * {@code reversesId} names the posting a correction reverses, {@code reversedBy} the correction of
 * this one; {@code reason} says why. {@code window}: the folio window it is on (1 is the guest's).
 * {@code complaint}: the reference of the complaint it compensates (CMP-000123), if any.
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
        String roomNumber,
        String article,
        String department,
        BigDecimal net,
        BigDecimal vatPercent,
        BigDecimal vat,
        String postedBy,
        Long reversesId,
        Long reversedBy,
        String reason,
        int window,
        String complaint) implements Serializable {

    /** Whether it still counts: neither a correction nor corrected. */
    public boolean open() {
        return reversesId == null && reversedBy == null;
    }
}
