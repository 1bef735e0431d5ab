package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A manager's target for a category and tier (VIP, LOYALTY, STANDARD), in minutes. */
public record RequestTargetForm(@NotBlank @Size(max = 20) String category, @NotBlank @Size(max = 10) String tier,
                                @Min(1) @Max(10080) int responseMinutes, @Min(1) @Max(10080) int resolutionMinutes)
        implements Serializable {
}
