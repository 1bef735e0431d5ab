package org.innkeeper.domain.folio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** When and by whom something is posted: the business date, the instant and the member of staff (or "night audit"). */
public record Stamp(LocalDate businessDate, Instant at, String by) {

    public Stamp {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(at, "at");
        by = by == null || by.isBlank() ? "system" : (by.length() > 60 ? by.substring(0, 60) : by);
    }
}
