package org.innkeeper.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.innkeeper.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void readsIsoDates() {
        assertThat(QueryParams.date(" 2027-02-28 ", "arrival")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(QueryParams.dateOr(null, "date", LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aMissingOrMalformedDateNamesItsParameter() {
        for (String bad : new String[] {null, "", "2027-02-30", "28.02.2027", "tomorrow"}) {
            assertThatThrownBy(() -> QueryParams.date(bad, "departure"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("departure");
                        assertThat(e.kind()).isEqualTo("invalid-value");
                    });
        }
    }

    @Test
    void datesAreReadExactlyAsLocalDateParseReadsThem() {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("0000-01-01", "9999-12-31",
                "2028-02-29", "2027-02-29", "2027-02-30", "2027-04-31", "2027-13-01", "2027-00-10", "2027-01-00",
                "2027-1-01", "2027-01-1x", "2027/01/01", "2027-01-01T", "+2027-01-01", "+10000-01-01", "-0001-01-01",
                "２０２７-01-01", "2027-0١-01", "20270101", "2027--1-01", " 2027-01-01"));
        for (LocalDate d = LocalDate.of(2026, 12, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            texts.add(d.toString());
        }
        for (String text : texts) {
            Object expected;
            try {
                expected = LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                expected = "refused";
            }
            Object actual;
            try {
                actual = QueryParams.isoDate(text);
            } catch (java.time.DateTimeException e) {
                actual = "refused";
            }
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void adultsAreAWholeNumberOfAtLeastOne() {
        assertThat(QueryParams.positiveInt("2", "adults")).isEqualTo(2);
        for (String bad : new String[] {null, " ", "0", "-1", "two", "1.5", "99999999999"}) {
            assertThatThrownBy(() -> QueryParams.positiveInt(bad, "adults"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("adults"));
        }
    }
}
