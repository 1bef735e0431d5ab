package org.innkeeper.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A password that matched is taken without PBKDF2 for ten minutes; only for that hash, and never a wrong one. */
class RecentlyVerifiedTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aMatchIsKeptForTenMinutesForItsOwnHashOnly() {
        MovableClock clock = new MovableClock();
        RecentlyVerified recent = new RecentlyVerified(clock);
        String hash = "pbkdf2-sha256$60000$salt$hash";
        assertThat(recent.contains("secret-1", hash)).isFalse();
        recent.add("secret-1", hash);
        assertThat(recent.contains("secret-1", hash)).isTrue();
        assertThat(recent.contains("secret-2", hash)).as("another password").isFalse();
        assertThat(recent.contains("secret-1", "pbkdf2-sha256$60000$salt$other")).as("the password changed: a new hash").isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(recent.contains("secret-1", hash)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(recent.contains("secret-1", hash)).as("ten minutes on").isFalse();
    }

    @Test
    void aFloodOfLoginsDoesNotGrowItWithoutBound() {
        MovableClock clock = new MovableClock();
        RecentlyVerified recent = new RecentlyVerified(clock);
        for (int i = 0; i <= RecentlyVerified.MOST; i++) {
            recent.add("password-" + i, "hash");
        }
        assertThat(recent.contains("password-" + RecentlyVerified.MOST, "hash")).isTrue();
        assertThat(recent.contains("password-0", "hash")).as("dropped when it was full").isFalse();
    }

    @Test
    void theRightPasswordIsTakenFastTheSecondTimeAndAWrongOneNeverIs() {
        String right = "right-" + System.nanoTime();
        String stored = PasswordHash.of(right);
        assertThat(PasswordHash.RECENT.contains(right, stored)).isFalse();
        assertThat(PasswordHash.matches(right, stored)).isTrue();
        assertThat(PasswordHash.RECENT.contains(right, stored)).as("remembered after the match").isTrue();
        assertThat(PasswordHash.matches(right, stored)).isTrue();
        assertThat(PasswordHash.matches("wrong", stored)).isFalse();
        assertThat(PasswordHash.RECENT.contains("wrong", stored)).as("a failure is never remembered").isFalse();
    }
}
