package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** How many days after their last stay guests' data is kept. */
public record RetentionRequest(@NotNull @Min(30) @Max(7300) Integer days) implements Serializable {
}
