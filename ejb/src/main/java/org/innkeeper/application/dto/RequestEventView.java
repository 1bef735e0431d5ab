package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** One line of a request's history. */
public record RequestEventView(String kind, String fromStatus, String toStatus, Instant at, String by, String note)
        implements Serializable {
}
