package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A staff search: text (guest name or confirmation number), stay dates overlapping [from, to],
 * status and channel; any may be null or blank.
 */
public record ReservationCriteria(String text, LocalDate from, LocalDate to, String status, String channel)
        implements Serializable {
}
