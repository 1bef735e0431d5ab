package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Runs the night audit of {@code businessDate}, which must be the hotel's business date (so a
 * second click or a retried request never closes the next day too); the warnings of the
 * pre-checks must be acknowledged for it to go on.
 */
public record AuditRunRequest(@NotNull LocalDate businessDate, boolean acknowledgeWarnings) implements Serializable {
}
