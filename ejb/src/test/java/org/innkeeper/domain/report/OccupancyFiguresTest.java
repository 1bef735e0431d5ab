package org.innkeeper.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.innkeeper.domain.shared.Money;
import org.junit.jupiter.api.Test;

class OccupancyFiguresTest {

    @Test
    void formulasOfTheDomainBrief() {
        OccupancyFigures f = new OccupancyFigures(60, 45, Money.of("5400.00", "EUR"));
        assertThat(f.occupancyPercent()).isEqualByComparingTo("75.00");
        assertThat(f.adr()).isEqualTo(Money.of("120.00", "EUR"));
        assertThat(f.revPar()).isEqualTo(Money.of("90.00", "EUR"));
        // RevPAR = ADR × occupancy
        assertThat(f.adr().amount().multiply(f.occupancyPercent()).divide(BigDecimal.valueOf(100)))
                .isEqualByComparingTo(f.revPar().amount());
    }

    @Test
    void emptyDaysGiveZeroNotAnError() {
        OccupancyFigures f = new OccupancyFigures(0, 0, Money.zero("EUR"));
        assertThat(f.occupancyPercent()).isEqualByComparingTo("0");
        assertThat(f.adr().isZero()).isTrue();
        assertThat(f.revPar().isZero()).isTrue();
    }

    @Test
    void aPeriodIsTheSumOfItsDaysThenTheSameFormulas() {
        OccupancyFigures total = new OccupancyFigures(60, 30, Money.of("3000", "EUR"))
                .plus(new OccupancyFigures(60, 60, Money.of("9000", "EUR")));
        assertThat(total.roomsAvailable()).isEqualTo(120);
        assertThat(total.roomsSold()).isEqualTo(90);
        assertThat(total.occupancyPercent()).isEqualByComparingTo("75.00");
        assertThat(total.adr()).isEqualTo(Money.of("133.33", "EUR"));
    }
}
