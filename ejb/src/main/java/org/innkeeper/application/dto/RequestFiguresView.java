package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Guest requests logged from {@code from} to {@code to} (business dates, both included): how many,
 * the share answered and resolved within target (%), the median first-response and resolution times
 * (minutes), how many escalated. The manager's dashboard reads these.
 */
public record RequestFiguresView(LocalDate from, LocalDate to, long logged, long answered, long answeredWithinTarget,
                                 BigDecimal answeredWithinTargetPercent, long resolved, long resolvedWithinTarget,
                                 BigDecimal resolvedWithinTargetPercent, Double medianFirstResponseMinutes,
                                 Double medianResolutionMinutes, long escalated) implements Serializable {
}
