package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/** A planned room move: whose, from which room to which, from which night, why; SCHEDULED, DONE or CANCELLED. */
public record PlannedMoveView(long id, String confirmationNumber, String guestName, String fromRoom, String toRoom,
                              LocalDate on, String reason, String status, String plannedBy) implements Serializable {
}
