package org.innkeeper.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StayPeriodTest {

    private static final LocalDate MAY_1 = LocalDate.of(2027, 5, 1);

    @Test
    void nightsRunFromArrivalToTheNightBeforeDeparture() {
        StayPeriod stay = new StayPeriod(MAY_1, MAY_1.plusDays(3));
        assertThat(stay.nights()).isEqualTo(3);
        assertThat(stay.nightDates()).containsExactly(MAY_1, MAY_1.plusDays(1), MAY_1.plusDays(2));
        assertThat(stay.includesNight(MAY_1.plusDays(3))).isFalse();
        assertThat(stay.includesNight(MAY_1.minusDays(1))).isFalse();
    }

    @Test
    void departureMustFollowArrival() {
        assertThatThrownBy(() -> new StayPeriod(MAY_1, MAY_1))
                .isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("departure");
        assertThatThrownBy(() -> new StayPeriod(MAY_1, MAY_1.minusDays(2)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void datesAreRequired() {
        assertThatThrownBy(() -> new StayPeriod(null, MAY_1)).extracting("field").isEqualTo("arrival");
        assertThatThrownBy(() -> new StayPeriod(MAY_1, null)).extracting("field").isEqualTo("departure");
    }

    @Test
    void aStayHasAnUpperLimit() {
        assertThat(new StayPeriod(MAY_1, MAY_1.plusDays(StayPeriod.MAX_NIGHTS)).nights()).isEqualTo(30);
        assertThatThrownBy(() -> new StayPeriod(MAY_1, MAY_1.plusYears(10)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most");
    }
}
