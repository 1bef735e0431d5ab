package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A channel over its rate gets 429 with Retry-After; the other channels go on as before. */
class RateLimitIT {

    private static final int REQUESTS = 20;

    @Test
    void theLimitedChannelIsToldToWaitAndTheOthersAreNot() throws Exception {
        String sync = "/reservations?modifiedSince=" + Instant.now();
        List<Api.Reply> replies = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<Api.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return Api.get(sync, Platform.LIMITED_CHANNEL);
                }));
            }
            start.countDown();
            for (Future<Api.Reply> reply : sent) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Api.Reply> limited = replies.stream().filter(r -> r.status() == 429).toList();
        long passed = replies.stream().filter(r -> r.status() == 200).count();
        assertThat(passed + limited.size()).as("every answer is 200 or 429").isEqualTo(REQUESTS);
        // 5 per second in bursts of 5: of 20 at once, the first 5 pass and the rest is refused (a few
        // more may pass if the server takes its time: a token comes back every 200 ms)
        assertThat(passed).isGreaterThanOrEqualTo(5);
        assertThat(limited).as("refused with 429").isNotEmpty();

        Api.Reply tooMany = limited.get(0);
        JsonNode problem = tooMany.problem(429, "too-many-requests");
        assertThat(problem.path("detail").asText()).contains("OTA3");
        long retryAfter = Long.parseLong(tooMany.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 5L);

        // the other channels are not held back by OTA3's limit
        for (int i = 0; i < REQUESTS; i++) {
            Api.get(sync, Api.DEMO_CHANNEL).ok(200);
            Api.get(sync, Api.SECOND_CHANNEL).ok(200);
        }

        Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter) + 200);
        Api.get(sync, Platform.LIMITED_CHANNEL).ok(200);
    }
}
