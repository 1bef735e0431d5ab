package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The manager's daily report: the day, month to date and year to date, each against last year. */
public record ManagerReportView(LocalDate date, String currency, List<ManagerPeriodView> periods)
        implements Serializable {
}
