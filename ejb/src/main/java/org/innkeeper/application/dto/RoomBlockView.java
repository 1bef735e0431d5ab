package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A room out of order or out of service, nights from..to (exclusive). */
public record RoomBlockView(long id, String roomNumber, String roomType, String kind, LocalDate from, LocalDate to,
                            String reason, String returnStatus, String createdBy, Instant createdAt,
                            boolean active) implements Serializable {
}
