package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** Housekeeping reports a room's new status: CLEAN, DIRTY or INSPECTED. */
public record HousekeepingChange(@NotNull String status) implements Serializable {
}
