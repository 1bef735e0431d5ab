package org.innkeeper.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryGeneratorTest {

    @Test
    void everyGeneratedConfirmationNumberIsWellFormedAndItsOwn() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String number = HistoryGenerator.confirmation(i * 37);
            assertThat(number).matches("IK[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}");
            assertThat(seen.add(number)).as(number).isTrue();
        }
    }
}
