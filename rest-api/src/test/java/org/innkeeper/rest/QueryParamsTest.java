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
    void adultsAreAWholeNumberOfAtLeastOne() {
        assertThat(QueryParams.positiveInt("2", "adults")).isEqualTo(2);
        for (String bad : new String[] {null, " ", "0", "-1", "two", "1.5", "99999999999"}) {
            assertThatThrownBy(() -> QueryParams.positiveInt(bad, "adults"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("adults"));
        }
    }
}
