package org.innkeeper.domain.request;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The service-quality figures of guest requests, each formula once: the share answered (and resolved)
 * within target, and the median first-response and resolution times in minutes.
 */
public record RequestFigures(long logged, long answered, long answeredWithinTarget, long resolved,
                             long resolvedWithinTarget, long escalated, Double medianFirstResponseMinutes,
                             Double medianResolutionMinutes) {

    public static RequestFigures of(Collection<GuestRequest> requests) {
        List<GuestRequest> answered = requests.stream().filter(r -> r.acknowledgedAt() != null).toList();
        List<GuestRequest> resolved = requests.stream().filter(r -> r.resolvedAt() != null).toList();
        return new RequestFigures(requests.size(), answered.size(),
                answered.stream().filter(r -> !r.acknowledgedAt().isAfter(r.responseDueAt())).count(),
                resolved.size(),
                resolved.stream().filter(r -> !r.resolvedAt().isAfter(r.resolutionDueAt())).count(),
                requests.stream().filter(r -> r.escalationLevel() > 0).count(),
                median(answered.stream().map(r -> Duration.between(r.loggedAt(), r.acknowledgedAt())).toList()),
                median(resolved.stream().map(r -> Duration.between(r.loggedAt(), r.resolvedAt())).toList()));
    }

    /** Answered within target, in % of the requests answered; null when none was answered. */
    public BigDecimal answeredWithinTargetPercent() {
        return percent(answeredWithinTarget, answered);
    }

    public BigDecimal resolvedWithinTargetPercent() {
        return percent(resolvedWithinTarget, resolved);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The median in minutes (to one decimal), the mean of the middle two for an even count. */
    static Double median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Long> seconds = durations.stream().map(Duration::getSeconds).filter(Objects::nonNull).sorted().toList();
        int n = seconds.size();
        double middle = n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2.0;
        return Math.round(middle / 60.0 * 10) / 10.0;
    }
}
