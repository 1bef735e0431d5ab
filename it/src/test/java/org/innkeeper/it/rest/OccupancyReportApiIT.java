package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.innkeeper.it.rest.Api.get;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The occupancy report: its figures follow the formulas of DOMAIN.md, and only managers read it. */
class OccupancyReportApiIT {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void theManagerReadsTheLast30DaysAndTheFiguresAddUp() {
        LocalDate to = Api.businessDate();
        LocalDate from = to.minusDays(29);

        JsonNode report = get("/reports/occupancy?from=" + from + "&to=" + to, Api.MANAGER).ok(200);

        assertThat(report.path("from").asText()).isEqualTo(from.toString());
        assertThat(report.path("to").asText()).isEqualTo(to.toString());
        JsonNode days = report.path("days");
        assertThat(days).hasSize(30);
        int available = 0;
        int sold = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (int i = 0; i < 30; i++) {
            JsonNode day = days.get(i);
            assertThat(day.path("date").asText()).isEqualTo(from.plusDays(i).toString());
            assertFiguresConsistent(day);
            available += day.path("roomsAvailable").asInt();
            sold += day.path("roomsSold").asInt();
            revenue = revenue.add(day.path("roomRevenue").decimalValue());
        }
        JsonNode total = report.path("total");
        assertThat(total.path("roomsAvailable").asInt()).isEqualTo(available);
        assertThat(total.path("roomsSold").asInt()).isEqualTo(sold);
        assertThat(total.path("roomRevenue").decimalValue()).isEqualByComparingTo(revenue);
        assertFiguresConsistent(total);
        assertThat(available).isPositive();
    }

    @Test
    void onlyManagersReadReports() {
        LocalDate to = LocalDate.now();
        String path = "/reports/occupancy?from=" + to.minusDays(7) + "&to=" + to;
        get(path, Api.FRONT_DESK).problem(403, "forbidden");
        get(path, Api.DEMO_CHANNEL).problem(403, "forbidden");
        get(path, null).problem(401, "unauthorized");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIs422() {
        LocalDate from = LocalDate.now();
        JsonNode problem = get("/reports/occupancy?from=" + from + "&to=" + from.minusDays(1), Api.MANAGER)
                .problem(422, "invalid-value");
        assertThat(problem.path("field").asText()).isIn("from", "to");
        assertThat(get("/reports/occupancy?from=" + from, Api.MANAGER).problem(422, "invalid-value")
                .path("field").asText()).isEqualTo("to");
    }

    /** Sold ≤ available; occupancy % = RS/RA×100, ADR = revenue/RS, RevPAR = revenue/RA (2 decimals). */
    private static void assertFiguresConsistent(JsonNode figures) {
        int available = figures.path("roomsAvailable").asInt();
        int sold = figures.path("roomsSold").asInt();
        BigDecimal revenue = figures.path("roomRevenue").decimalValue();
        assertThat(sold).as("rooms sold of %s", figures).isBetween(0, available);
        assertThat(figures.path("currency").asText()).isEqualTo("EUR");
        assertThat(figures.path("occupancyPercent").decimalValue()).as("occupancy of %s", figures)
                .isCloseTo(ratio(BigDecimal.valueOf(sold).multiply(HUNDRED), available), within(CENT));
        assertThat(figures.path("adr").decimalValue()).as("ADR of %s", figures)
                .isCloseTo(ratio(revenue, sold), within(CENT));
        assertThat(figures.path("revPar").decimalValue()).as("RevPAR of %s", figures)
                .isCloseTo(ratio(revenue, available), within(CENT));
    }

    private static BigDecimal ratio(BigDecimal numerator, int denominator) {
        return denominator == 0 ? BigDecimal.ZERO
                : numerator.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
