package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Occupancy, ADR and RevPAR per day from {@code from} to {@code to} inclusive, and in total. */
public record OccupancyReportView(
        LocalDate from,
        LocalDate to,
        List<OccupancyDayView> days,
        OccupancyDayView total) implements Serializable {
}
