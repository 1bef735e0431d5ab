package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The standard resolution of a category of complaint: the steps and the target in minutes (also what a manager sends to change it). */
public record StandardResolutionView(
        @Size(max = 20) String category,
        @NotBlank @Size(max = 2000) String steps,
        @Min(1) @Max(20160) int targetMinutes)
        implements Serializable {
}
