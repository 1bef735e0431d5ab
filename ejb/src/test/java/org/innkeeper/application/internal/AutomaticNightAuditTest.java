package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AutomaticNightAuditTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @Test
    void anEarlyMorningHourClosesTheDayBeforeAnEveningHourTheSameDayNoHourNever() {
        assertThat(AutomaticNightAudit.due(3, DAY, DAY.atTime(23, 59))).isFalse();
        assertThat(AutomaticNightAudit.due(3, DAY, DAY.plusDays(1).atTime(2, 59))).isFalse();
        assertThat(AutomaticNightAudit.due(3, DAY, DAY.plusDays(1).atTime(3, 0))).isTrue();
        assertThat(AutomaticNightAudit.due(23, DAY, DAY.atTime(22, 50))).isFalse();
        assertThat(AutomaticNightAudit.due(23, DAY, DAY.atTime(23, 10))).isTrue();
        // a business date left behind (the server was down) is closed as soon as it runs
        assertThat(AutomaticNightAudit.due(3, DAY, LocalDateTime.of(2027, 3, 14, 12, 0))).isTrue();
        assertThat(AutomaticNightAudit.due(null, DAY, LocalDateTime.of(2027, 3, 14, 12, 0))).isFalse();
    }
}
