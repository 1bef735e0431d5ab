package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** The hour (0 to 23, hotel time) the night audit runs by itself; absent or null: only by hand. */
public record AuditScheduleRequest(@Min(0) @Max(23) Integer hour) implements Serializable {
}
