package org.innkeeper.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.innkeeper.domain.hotel.Hotel;

/** The hotel, its business date and the current instant, as one call sees them. */
public record Today(Hotel hotel, LocalDate businessDate, Instant instant) {
}
