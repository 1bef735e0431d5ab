package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rate plan as a manager creates or changes it (found by code; a new code creates one). */
public record RatePlanForm(
        @NotBlank @Size(max = 10) String code,
        @NotBlank @Size(max = 80) String name,
        @Size(max = 300) String description,
        @Size(max = 10) String parent,
        BigDecimal adjustmentPercent,
        boolean breakfastIncluded,
        @NotNull BigDecimal extraAdultAmount,
        @NotNull BigDecimal childAmount,
        boolean active,
        @NotNull @Valid PolicyTerms policies) implements Serializable {
}
