package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** What cancelling a reservation would cost now, under the policies frozen when it was booked. */
public record CancellationQuoteView(String confirmationNumber, BigDecimal fee, String currency,
                                    Instant freeCancellationUntil, String policy) implements Serializable {
}
