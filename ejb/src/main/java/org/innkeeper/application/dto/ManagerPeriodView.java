package org.innkeeper.application.dto;

import java.io.Serializable;

/** One period of the manager's report (DAY, MTD or YTD) and the same period a year before. */
public record ManagerPeriodView(String period, PeriodFiguresView actual, PeriodFiguresView lastYear)
        implements Serializable {
}
