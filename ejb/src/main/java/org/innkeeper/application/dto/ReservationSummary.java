package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a desk list (arrivals, in-house, departures, search). Balance is null without a folio. */
public record ReservationSummary(
        String confirmationNumber,
        String status,
        String guestName,
        String roomType,
        String roomNumber,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        String channel,
        BigDecimal balance,
        String currency) implements Serializable {
}
