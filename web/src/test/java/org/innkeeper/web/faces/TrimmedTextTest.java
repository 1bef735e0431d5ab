package org.innkeeper.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrimmedTextTest {

    private final TrimmedText converter = new TrimmedText();

    @Test
    void blanksAreEmptyAndTextIsTrimmed() {
        assertThat(converter.getAsObject(null, null, "   ")).isNull();
        assertThat(converter.getAsObject(null, null, "")).isNull();
        assertThat(converter.getAsObject(null, null, null)).isNull();
        assertThat(converter.getAsObject(null, null, "  Anna \t")).isEqualTo("Anna");
        assertThat(converter.getAsString(null, null, null)).isEmpty();
    }
}
