package org.innkeeper.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** The survey's link: long, random, answered once, not after it expired; and what calls for a complaint. */
class SurveyTest {

    private static final Instant LEFT = Instant.parse("2027-09-06T10:00:00Z");

    private static Survey survey() {
        return new Survey(new Survey.Stay(1L, "ABC123", 7L, "101", "frontdesk", "nightaudit",
                LocalDate.of(2027, 9, 6), "ru"), LEFT);
    }

    private static SurveyAnswers answers(int nps, int overall) {
        return new SurveyAnswers(nps, overall, 5, 5, 5, null, "<script>alert(1)</script>");
    }

    @Test
    void aLinkIsLongRandomAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Survey.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
        assertThat(survey().expiresAt()).isEqualTo(LEFT.plus(Duration.ofDays(30)));
        assertThat(survey().language()).isEqualTo("ru");
    }

    @Test
    void answeredOnceThenRefused() {
        Survey s = survey();
        s.answer(answers(9, 5), LEFT.plusSeconds(3600));
        assertThat(s.answered()).isTrue();
        assertThat(s.answers().nps()).isEqualTo(9);
        assertThat(s.answers().comment()).as("kept as typed; pages escape it").isEqualTo("<script>alert(1)</script>");
        assertThatThrownBy(() -> s.answer(answers(0, 1), LEFT.plusSeconds(7200)))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("survey-answered");
        assertThat(s.answers().nps()).as("the first answer stays").isEqualTo(9);
    }

    @Test
    void refusedOnceExpired() {
        Survey s = survey();
        s.requireOpen(LEFT.plus(Duration.ofDays(30)).minusSeconds(1));
        assertThatThrownBy(() -> s.answer(answers(9, 5), LEFT.plus(Duration.ofDays(30))))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("survey-expired");
        assertThat(s.answered()).isFalse();
    }

    @Test
    void scoresOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new SurveyAnswers(11, 5, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("nps");
        assertThatThrownBy(() -> new SurveyAnswers(5, 0, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("csatOverall");
        assertThatThrownBy(() -> new SurveyAnswers(5, 3, null, 6, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("room");
        assertThatThrownBy(() -> new SurveyAnswers(5, 3, null, null, null, null, "bell\u0007"))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("comment");
    }

    @Test
    void aDetractorOrALowSatisfactionCallsForAComplaint() {
        assertThat(new SurveyAnswers(6, 5, 5, 5, 5, 5, null).callsForAComplaint()).isTrue();
        assertThat(new SurveyAnswers(7, 3, 3, 3, 3, 3, null).callsForAComplaint()).isFalse();
        assertThat(new SurveyAnswers(10, 2, null, null, null, null, null).callsForAComplaint()).isTrue();
        assertThat(new SurveyAnswers(10, 5, null, null, 1, null, null).callsForAComplaint()).isTrue();
        assertThat(new SurveyAnswers(10, 5, null, null, null, null, null).callsForAComplaint()).isFalse();
    }
}
