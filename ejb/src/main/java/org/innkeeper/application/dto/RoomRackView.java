package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The room rack: every room by number with what holds it night by night from {@code from} for
 * {@code days} nights (stays and out-of-order periods as segments from..to, exclusive, cut to the
 * range), and the reservations in the range that have no room yet.
 */
public record RoomRackView(LocalDate from, int days, List<LocalDate> nights, List<Row> rooms,
                           List<Unassigned> unassigned) implements Serializable {

    public record Row(String roomNumber, int floor, String roomType, String occupancy, String housekeeping,
                      List<Segment> segments) implements Serializable {
    }

    /** kind STAY (with its reservation) or OUT_OF_ORDER (with the reason in label). */
    public record Segment(String kind, String confirmationNumber, String label, String status, LocalDate from,
                          LocalDate to) implements Serializable {
    }

    public record Unassigned(String confirmationNumber, String guestName, String roomType, String status,
                             LocalDate arrival, LocalDate departure) implements Serializable {
    }
}
