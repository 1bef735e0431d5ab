package org.innkeeper.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void aLineRefusesControlCharactersAndLineBreaks() {
        assertThat(FreeText.line("description", "Minibar: 2 × water")).isEqualTo("Minibar: 2 × water");
        assertThat(FreeText.line("description", null)).isNull();
        assertThatThrownBy(() -> FreeText.line("description", "Minibar\u0007"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> FreeText.line("description", "Minibar\nBar"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control characters");
    }

    @Test
    void linesKeepLineBreaksOnly() {
        assertThat(FreeText.lines("notes", "first\r\nsecond")).isEqualTo("first\r\nsecond");
        assertThatThrownBy(() -> FreeText.lines("notes", "first\u0000second"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control characters");
    }

    @Test
    void bothRefuseCardNumbers() {
        assertThatThrownBy(() -> FreeText.line("source", "paid with 4111-1111-1111-1111"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        assertThatThrownBy(() -> FreeText.lines("notes", "card\n4111 1111 1111 1111"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
    }

    @Test
    void personNamesRefuseCardNumbers() {
        assertThatThrownBy(() -> PersonNames.required("guest.lastName", "Smith 4111111111111111", PersonNames.MAX))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        assertThat(PersonNames.required("guest.lastName", " Smith ", PersonNames.MAX)).isEqualTo("Smith");
    }
}
