package org.innkeeper.rest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstPassesThenTheCallerIsToldHowLongToWait() {
        TokenBucket bucket = new TokenBucket(5, 5, 0);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(0)).as("request %d of the burst", i + 1).isZero();
        }
        assertThat(bucket.take(0)).isEqualTo(1);
        assertThat(bucket.take(SECOND / 10)).as("half a token back").isEqualTo(1);
        assertThat(bucket.take(SECOND / 5)).as("a token back after 200 ms").isZero();
        assertThat(bucket.take(SECOND / 5)).isEqualTo(1);
    }

    @Test
    void anIdleBucketHoldsNoMoreThanItsBurst() {
        TokenBucket bucket = new TokenBucket(5, 5, 0);
        long later = 60 * SECOND;
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(later)).isZero();
        }
        assertThat(bucket.take(later)).isPositive();
    }

    @Test
    void aSlowRateWaitsWholeSeconds() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(1);
        TokenBucket fast = new TokenBucket(5000, 5000, 0);
        for (int i = 0; i < 5000; i++) {
            assertThat(fast.take(0)).isZero();
        }
        assertThat(fast.take(0)).as("at least a second, as Retry-After counts").isEqualTo(1);
    }
}
