package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A guest's data erased: whose profile, when, by whom, why (REQUEST or RETENTION), how many reservations. */
public record GuestErasureView(long guestId, Instant erasedAt, String erasedBy, String reason, int reservations)
        implements Serializable {
}
