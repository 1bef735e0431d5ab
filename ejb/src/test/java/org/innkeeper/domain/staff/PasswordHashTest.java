package org.innkeeper.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void matchesOnlyTheRightPasswordAndSaltsEachHash() {
        String hash = PasswordHash.of("frontdesk");
        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("frontdesk");
        assertThat(PasswordHash.matches("frontdesk", hash)).isTrue();
        assertThat(PasswordHash.matches("Frontdesk", hash)).isFalse();
        assertThat(PasswordHash.matches("", hash)).isFalse();
        assertThat(PasswordHash.of("frontdesk")).isNotEqualTo(hash);
        assertThat(PasswordHash.matches("x", "garbage")).isFalse();
    }
}
