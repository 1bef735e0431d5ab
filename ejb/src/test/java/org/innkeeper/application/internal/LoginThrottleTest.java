package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Guessing slowed down, then refused for a while, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void later(Duration d) {
        clock.set(clock.instant().plus(d));
    }

    @Test
    void anAccountIsSlowedDownThenLockedForAMinuteThenLongerButNeverLongerThanFiveMinutes() {
        throttle.failed("clara", "10.0.0.1");
        throttle.failed("clara", "10.0.0.1");
        assertThat(throttle.retryAfterSeconds("clara", "10.0.0.2")).as("two failures: no wait").isZero();

        throttle.failed("clara", "10.0.0.2");
        assertThat(throttle.retryAfterSeconds("clara", "10.0.0.3")).as("third: 1 s, from any address").isEqualTo(1);
        later(Duration.ofSeconds(1));
        assertThat(throttle.retryAfterSeconds("clara", "10.0.0.3")).isZero();
        throttle.failed("clara", "10.0.0.3");
        assertThat(throttle.retryAfterSeconds("CLARA", "10.0.0.3")).as("fourth: 2 s, any case").isEqualTo(2);
        later(Duration.ofSeconds(2));

        throttle.failed("clara", "10.0.0.3");
        assertThat(throttle.retryAfterSeconds("clara", "10.0.0.4")).as("fifth: locked").isEqualTo(60);
        assertThat(throttle.retryAfterSeconds("anna", "10.0.0.4")).as("other accounts are not").isZero();
        later(Duration.ofSeconds(60));
        throttle.failed("clara", "10.0.0.3");
        assertThat(throttle.retryAfterSeconds("clara", "10.0.0.4")).isEqualTo(120);
        for (int i = 0; i < 10; i++) {
            later(Duration.ofMinutes(5));
            throttle.failed("clara", "10.0.0." + (10 + i));
        }
        assertThat(throttle.retryAfterSeconds("clara", "10.0.0.99")).as("capped").isEqualTo(300);
    }

    @Test
    void aLoginStartsTheAccountAfreshAndQuietForgets() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("clara", "10.0.0.1");
        }
        assertThat(throttle.retryAfterSeconds("clara", null)).isPositive();
        throttle.succeeded("clara");
        assertThat(throttle.retryAfterSeconds("clara", null)).isZero();

        throttle.failed("anna", null);
        throttle.failed("anna", null);
        later(LoginThrottle.WINDOW);
        throttle.failed("anna", null);
        assertThat(throttle.retryAfterSeconds("anna", null)).as("the first two were forgotten").isZero();
    }

    @Test
    void oneAddressTryingManyAccountsOrKeysIsStoppedToo() {
        for (int i = 0; i < LoginThrottle.ADDRESS_SLOW_AFTER - 1; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.retryAfterSeconds("someone", "192.0.2.7")).isZero();
        throttle.failed(null, "192.0.2.7"); // a wrong API key
        assertThat(throttle.retryAfterSeconds(null, "192.0.2.7")).isEqualTo(1);
        assertThat(throttle.retryAfterSeconds("someone", "192.0.2.8")).as("another address").isZero();
        for (int i = LoginThrottle.ADDRESS_SLOW_AFTER; i < LoginThrottle.ADDRESS_LOCK_AFTER; i++) {
            throttle.failed(null, "192.0.2.7");
        }
        assertThat(throttle.retryAfterSeconds(null, "192.0.2.7")).isEqualTo(60);
        throttle.succeeded("someone");
        assertThat(throttle.retryAfterSeconds(null, "192.0.2.7")).as("a login elsewhere does not clear the address").isEqualTo(60);
    }
}
