package org.innkeeper.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.folio.Department;
import org.innkeeper.domain.shared.Money;
import org.junit.jupiter.api.Test;

class PeriodFiguresTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);

    private static DailyStatistics day(LocalDate date, int outOfOrder, int sold, int arrivals, String room, String fnb,
                                       String spa) {
        return new DailyStatistics(date, new DailyStatistics.Counts(60, outOfOrder, sold, 1, 0, arrivals, 3, 1, 2, 70),
                Map.of(Department.ROOM, new BigDecimal(room), Department.FNB, new BigDecimal(fnb),
                        Department.SPA, new BigDecimal(spa), Department.TAX, new BigDecimal("99")),
                "EUR", Instant.EPOCH);
    }

    @Test
    void sumsTheFrozenDaysThenAppliesTheFormulasOnce() {
        PeriodFigures p = PeriodFigures.of(FIRST, FIRST.plusDays(2), List.of(
                day(FIRST, 0, 45, 15, "5400.00", "600.00", "0"),
                day(FIRST.plusDays(1), 10, 30, 5, "3000.00", "400.00", "100.00")), "EUR");
        assertThat(p.days()).isEqualTo(3);
        assertThat(p.daysFrozen()).as("the third day was not frozen: it counts as none").isEqualTo(2);
        assertThat(p.roomsAvailable()).isEqualTo(60 + 50);
        assertThat(p.roomsSold()).isEqualTo(75);
        assertThat(p.roomsComplimentary()).isEqualTo(2);
        assertThat(p.arrivals()).isEqualTo(20);
        assertThat(p.departures()).isEqualTo(6);
        assertThat(p.noShows()).isEqualTo(2);
        assertThat(p.cancellations()).isEqualTo(4);
        assertThat(p.roomRevenue()).isEqualTo(Money.of("8400.00", "EUR"));
        assertThat(p.revenue(Department.FNB)).isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(p.revenue(Department.TAX).isZero()).as("the city tax is no revenue").isTrue();
        assertThat(p.totalRevenue()).isEqualTo(Money.of("9500.00", "EUR"));
        // occupancy, ADR and RevPAR from the sums, by the one formula in OccupancyFigures
        assertThat(p.occupancy().occupancyPercent()).isEqualByComparingTo("68.18");
        assertThat(p.occupancy().adr()).isEqualTo(Money.of("112.00", "EUR"));
        assertThat(p.occupancy().revPar()).isEqualTo(Money.of("76.36", "EUR"));
        // TRevPAR = total revenue / RA; ALOS = rooms sold / arrivals
        assertThat(p.trevPar()).isEqualTo(Money.of("86.36", "EUR"));
        assertThat(p.alos()).isEqualByComparingTo("3.75");
    }

    @Test
    void aPeriodWithNothingFrozenIsZerosNotAnError() {
        PeriodFigures p = PeriodFigures.empty(FIRST, FIRST, "EUR");
        assertThat(p.daysFrozen()).isZero();
        assertThat(p.occupancy().occupancyPercent()).isEqualByComparingTo("0");
        assertThat(p.trevPar().isZero()).isTrue();
        assertThat(p.alos()).isEqualByComparingTo("0");
        assertThat(p.totalRevenue().isZero()).isTrue();
    }

    @Test
    void daysOutsideThePeriodAreLeftOutAndRefusedWhenAddedOneByOne() {
        DailyStatistics before = day(FIRST.minusDays(1), 0, 10, 1, "1000", "0", "0");
        assertThat(PeriodFigures.of(FIRST, FIRST, List.of(before), "EUR").roomsSold()).isZero();
        assertThatThrownBy(() -> PeriodFigures.empty(FIRST, FIRST, "EUR").plus(before))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodFigures.empty(FIRST, FIRST.minusDays(1), "EUR"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
