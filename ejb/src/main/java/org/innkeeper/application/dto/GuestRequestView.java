package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A guest request as staff see it: the stay, what and for whom, its targets and clocks (minutes open,
 * overdue), who it was escalated to, and its history.
 */
public record GuestRequestView(long id, String confirmationNumber, String guestName, String roomNumber,
                               String category, String categoryName, String department, String priority,
                               String tier, String description, String status, String source,
                               Instant loggedAt, String loggedBy, Instant responseDueAt, Instant resolutionDueAt,
                               Instant acknowledgedAt, Instant resolvedAt, int escalationLevel, String escalatedTo,
                               boolean overdue, long minutesOpen, List<RequestEventView> history)
        implements Serializable {
}
