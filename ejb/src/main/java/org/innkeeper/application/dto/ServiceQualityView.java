package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The manager's service quality for stays that left from {@code from} to {@code to}: NPS and CSAT (the
 * formulas of DOMAIN.md) overall, by department and by staff member; complaints per 100 stays, repeats;
 * the survey's response rate; and the trend by week and by month. {@code requests} is the guest
 * requests' figures when that part is there (share within target, median response and resolution).
 */
public record ServiceQualityView(
        LocalDate from,
        LocalDate to,
        Score overall,
        List<Score> byDepartment,
        List<Score> byStaff,
        long stays,
        long complaints,
        BigDecimal complaintsPer100Stays,
        long repeatComplaints,
        long surveysSent,
        long surveysAnswered,
        BigDecimal responseRatePercent,
        List<Score> byWeek,
        List<Score> byMonth,
        RequestFigures requests)
        implements Serializable {

    /**
     * NPS and CSAT of one group of answers ({@code key}: a department, a staff member's user name or the
     * first day of a week or month), with the complaints taken in that group where it has them.
     */
    public record Score(String key, long answers, long promoters, long passives, long detractors, BigDecimal nps,
                        long csatAnswers, BigDecimal csatPercent, long complaints) implements Serializable {
    }

    /** The guest requests' figures (given by the requests part; null until it is there). */
    public record RequestFigures(BigDecimal shareWithinTargetPercent, Long medianFirstResponseMinutes,
                                 Long medianResolutionMinutes) implements Serializable {
    }
}
