package org.innkeeper.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** NPS and CSAT as DOMAIN.md writes them. */
class ServiceScoresTest {

    private static NetPromoterScore nps(int... scores) {
        return IntStream.of(scores).mapToObj(NetPromoterScore::of).reduce(NetPromoterScore.NONE, NetPromoterScore::plus);
    }

    private static Satisfaction csat(Integer... scores) {
        Satisfaction s = Satisfaction.NONE;
        for (Integer score : scores) {
            s = s.plus(Satisfaction.of(score));
        }
        return s;
    }

    @Test
    void npsIsThePercentOfPromotersLessThePercentOfDetractors() {
        // 9 and 10 promote, 7 and 8 are passive, 0 to 6 detract
        NetPromoterScore score = nps(10, 9, 9, 8, 7, 6, 0, 10, 10, 5);
        assertThat(score.promoters()).isEqualTo(5);
        assertThat(score.passives()).isEqualTo(2);
        assertThat(score.detractors()).isEqualTo(3);
        assertThat(score.score()).isEqualByComparingTo("20.0");
        assertThat(nps(6, 6).score()).isEqualByComparingTo("-100.0");
        assertThat(nps(9).score()).isEqualByComparingTo("100.0");
        assertThat(nps(7, 8).score()).isEqualByComparingTo("0.0");
        assertThat(nps(10, 9, 0).score()).isEqualByComparingTo("33.3");
    }

    @Test
    void noAnswersGiveZeroAndScoresOutOfRangeAreRefused() {
        assertThat(NetPromoterScore.NONE.score()).isEqualByComparingTo("0");
        assertThat(Satisfaction.NONE.percent()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> NetPromoterScore.of(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Satisfaction.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Satisfaction.of(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csatIsTheShareOfFoursAndFives() {
        Satisfaction s = csat(5, 4, 3, 2, 1, 4, null);
        assertThat(s.answers()).as("a question left out is no answer").isEqualTo(6);
        assertThat(s.satisfied()).isEqualTo(3);
        assertThat(s.percent()).isEqualByComparingTo("50.0");
        assertThat(csat(3, 3, 3).percent()).isEqualByComparingTo("0.0");
        assertThat(csat(4, 5, 4).percent()).isEqualByComparingTo("100.0");
    }

    @Test
    void detractorsAndTheDissatisfiedAreNamedOnce() {
        assertThat(NetPromoterScore.detractor(6)).isTrue();
        assertThat(NetPromoterScore.detractor(7)).isFalse();
        assertThat(Satisfaction.dissatisfied(2)).isTrue();
        assertThat(Satisfaction.dissatisfied(3)).isFalse();
        assertThat(Satisfaction.dissatisfied(null)).isFalse();
    }
}
