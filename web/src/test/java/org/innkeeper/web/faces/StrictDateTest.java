package org.innkeeper.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class StrictDateTest {

    @Test
    void realDatesOnlyNeverANeighbouringDay() {
        assertThat(StrictDate.parse(" 2028-02-29 ")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> StrictDate.parse("2027-02-30")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StrictDate.parse("2027-02-29")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StrictDate.parse("2027-04-31")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StrictDate.parse("tomorrow")).isInstanceOf(DateTimeParseException.class);
        assertThat(new StrictDate().getAsString(null, null, LocalDate.of(2027, 3, 1))).isEqualTo("2027-03-01");
    }
}
