package org.innkeeper.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import org.innkeeper.application.dto.OccupancyReportView;

/** Figures for managers; formulas as in DOMAIN.md, written once in the domain. */
@Local
public interface ReportService {

    /** Maximum length of a report period, in days. */
    int MAX_DAYS = 366;

    /** Rooms available, sold, occupancy %, ADR and RevPAR per business date from..to (inclusive). */
    OccupancyReportView occupancy(LocalDate from, LocalDate to);
}
