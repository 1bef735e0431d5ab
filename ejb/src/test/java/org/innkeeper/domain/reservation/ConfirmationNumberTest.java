package org.innkeeper.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.innkeeper.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class ConfirmationNumberTest {

    @Test
    void newNumbersHaveTheFormatAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String value = ConfirmationNumber.next().value();
            assertThat(value).matches("IK[2-9A-HJ-NP-Z]{8}");
            seen.add(value);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void parsesWhatAPersonTypes() {
        String value = ConfirmationNumber.next().value();
        assertThat(ConfirmationNumber.parse("  " + value.toLowerCase() + " ").value()).isEqualTo(value);
    }

    @Test
    void aMalformedNumberIsSimplyNotFound() {
        assertThatThrownBy(() -> ConfirmationNumber.parse("IK0O0O0O0O")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ConfirmationNumber.parse("'; drop table x")).isInstanceOf(NotFoundException.class);
    }
}
