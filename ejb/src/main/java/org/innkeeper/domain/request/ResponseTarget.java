package org.innkeeper.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import org.innkeeper.domain.shared.InvalidValueException;

/** A standard as numbers: first response within so many minutes, resolution within so many (at most a week). */
@Embeddable
public record ResponseTarget(@Column(name = "response_minutes") int responseMinutes,
                             @Column(name = "resolution_minutes") int resolutionMinutes) {

    public static final int MAX_MINUTES = 7 * 24 * 60;

    public ResponseTarget {
        if (responseMinutes < 1) {
            throw new InvalidValueException("responseMinutes", "the first response is due within at least 1 minute");
        }
        if (resolutionMinutes < responseMinutes || resolutionMinutes > MAX_MINUTES) {
            throw new InvalidValueException("resolutionMinutes",
                    "the resolution is due no sooner than the first response and within a week");
        }
    }

    public Instant responseDue(Instant from) {
        return from.plus(Duration.ofMinutes(responseMinutes));
    }

    public Instant resolutionDue(Instant from) {
        return from.plus(Duration.ofMinutes(resolutionMinutes));
    }
}
