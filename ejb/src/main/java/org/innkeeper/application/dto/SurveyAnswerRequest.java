package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A guest's answers: how likely they are to recommend us ({@code nps}, 0–10), satisfaction overall
 * and per department (1–5; a department not used may be left out) and a comment.
 */
public record SurveyAnswerRequest(
        @NotNull @Min(0) @Max(10) Integer nps,
        @NotNull @Min(1) @Max(5) Integer csatOverall,
        @Min(1) @Max(5) Integer frontDesk,
        @Min(1) @Max(5) Integer room,
        @Min(1) @Max(5) Integer cleanliness,
        @Min(1) @Max(5) Integer foodAndBeverage,
        @Size(max = 2000) String comment)
        implements Serializable {
}
