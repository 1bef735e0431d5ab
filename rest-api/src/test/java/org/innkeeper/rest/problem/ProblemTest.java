package org.innkeeper.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void typeAndTitleComeFromTheKind() {
        Problem problem = Problem.of("no-availability", 409).detail("no STE left").field("roomType");
        assertThat(problem.getType()).isEqualTo("https://innkeeper.org/problems/no-availability");
        assertThat(problem.getTitle()).isEqualTo("No availability");
        assertThat(problem.getStatus()).isEqualTo(409);
    }

    @Test
    void noErrorsListWhenThereAreNone() {
        assertThat(Problem.of("invalid-value", 422).errors(List.of()).getErrors()).isNull();
    }

    @Test
    void httpStatusesBecomeKinds() {
        assertThat(WebApplicationExceptionMapper.problemFor(405, null).getType()).endsWith("/method-not-allowed");
        assertThat(WebApplicationExceptionMapper.problemFor(415, null).getType()).endsWith("/unsupported-media-type");
        assertThat(WebApplicationExceptionMapper.problemFor(403, null).getDetail()).isNotBlank();
    }

    @Test
    void whatTheCallerSentIsNeverSentBackWhole() {
        String huge = "x".repeat(100_000);
        Problem problem = Problem.of("invalid-value", 422).detail("not '" + huge + "'").field(huge)
                .errors(List.of(new Problem.FieldError(huge, huge)));
        assertThat(problem.getDetail()).hasSize(Problem.LONGEST_TEXT).endsWith("…");
        assertThat(problem.getField()).hasSize(Problem.LONGEST_TEXT);
        assertThat(problem.getErrors().get(0).field()).hasSize(Problem.LONGEST_TEXT);
        assertThat(problem.getErrors().get(0).message()).hasSize(Problem.LONGEST_TEXT);
        assertThat(Problem.of("invalid-value", 422).detail("short").getDetail()).isEqualTo("short");
    }
}
