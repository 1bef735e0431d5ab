package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The night audit as the manager sees it: the business date it would close, the pre-checks
 * (BLOCKING ones stop it until resolved, WARNING ones are acknowledged), whether it may run, and
 * the most recent audit with its log; {@code automaticHour} is the hour (hotel time) it runs by
 * itself, absent when it runs only by hand.
 */
public record NightAuditView(
        LocalDate businessDate,
        List<Check> checks,
        boolean blocked,
        Run lastRun,
        Integer automaticHour) implements Serializable {

    /** A pre-check: its code, BLOCKING or WARNING, what it means, and the stays concerned. */
    public record Check(String code, String severity, String title, List<String> items) implements Serializable {
    }

    /** An audit of one business date: how far it got (step 0 to 6) and what each step did. */
    public record Run(LocalDate businessDate, String status, int lastStep, String startedBy, Instant startedAt,
                      Instant finishedAt, List<LogLine> log) implements Serializable {
    }

    public record LogLine(int step, String stepName, Instant at, String by, String message) implements Serializable {
    }
}
