package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Pace: the rooms and room revenue on the books for each coming month as the night audit of {@code date}
 * froze them, against the books of the same date last year for the same month a year before, and what that
 * month finally came to. {@code lastYearRecorded} is false when no snapshot was frozen on that date.
 */
public record PaceReportView(LocalDate date, LocalDate lastYearDate, boolean lastYearRecorded, String currency,
                             List<Month> months) implements Serializable {

    /**
     * A month ahead: on the books now, on the books a year ago for the month a year before, the difference,
     * and that month's final figures from the frozen daily statistics (null when not frozen).
     */
    public record Month(YearMonth month, int rooms, BigDecimal roomRevenue, int lastYearRooms,
                        BigDecimal lastYearRoomRevenue, int roomsDifference, Integer lastYearFinalRooms,
                        BigDecimal lastYearFinalRoomRevenue) implements Serializable {
    }
}
