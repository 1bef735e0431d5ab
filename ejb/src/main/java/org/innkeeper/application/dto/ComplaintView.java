package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A complaint as the desk, the manager and the API see it, with its standard resolution and history. */
public record ComplaintView(
        String reference,
        String status,
        String category,
        String severity,
        String source,
        String confirmationNumber,
        String guestName,
        String roomNumber,
        String guestWords,
        String takenBy,
        Instant takenAt,
        Instant dueAt,
        boolean overdue,
        String standardSteps,
        String actionTaken,
        Boolean guestAccepted,
        boolean mistakeAdmitted,
        String compensation,
        BigDecimal compensationAmount,
        Instant resolvedAt,
        String resolvedBy,
        Instant followUpDue,
        boolean followUpOverdue,
        Instant followedUpAt,
        String followedUpBy,
        String followUpNote,
        boolean repeat,
        String repeatReason,
        String assignedTo,
        List<Event> history)
        implements Serializable {

    /** One step of the history. */
    public record Event(Instant at, String by, String status, String note) implements Serializable {
    }
}
