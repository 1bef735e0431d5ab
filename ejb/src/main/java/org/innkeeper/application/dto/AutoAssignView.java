package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What an auto-assignment did for a date: who got which room, and who got none and why. */
public record AutoAssignView(LocalDate date, List<Line> assigned, List<Line> notAssigned, long millis)
        implements Serializable {

    /** One reservation: the room given, or the reason none was. */
    public record Line(String confirmationNumber, String guestName, String roomType, String roomNumber,
                       String reason) implements Serializable {
    }
}
