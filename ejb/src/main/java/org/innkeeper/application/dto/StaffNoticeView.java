package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A request escalated to the member of staff looking at their screen. */
public record StaffNoticeView(long id, long requestId, String message, Instant createdAt, boolean read)
        implements Serializable {
}
