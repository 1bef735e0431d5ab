package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Platform.IDEMPOTENCY_KEY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * POST and PATCH with an Idempotency-Key: the same request again gets the first answer and books
 * nothing new, even when the copies race; the key with another request is refused; every channel
 * has keys of its own.
 */
class IdempotencyIT {

    private static final String ROOM_TYPE = "STD";

    @Test
    void aBookingSentTenTimesFiveOfThemAtOnceIsBookedOnceAndAnsweredAlike() throws Exception {
        LocalDate from = Platform.freeNights(ROOM_TYPE, 3);
        Instant started = Instant.now().minusSeconds(2);
        String lastName = Platform.uniqueName("Idem");
        Map<String, Object> booking = Platform.booking(ROOM_TYPE, from, from.plusDays(2), lastName);
        String key = UUID.randomUUID().toString();

        List<Api.Reply> replies = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(5);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<Api.Reply>> racing = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                racing.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return Platform.send("POST", "/reservations", Api.DEMO_CHANNEL, booking, IDEMPOTENCY_KEY, key);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            for (Future<Api.Reply> reply : racing) {
                replies.add(reply.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 5; i++) {
            replies.add(Platform.send("POST", "/reservations", Api.DEMO_CHANNEL, booking, IDEMPOTENCY_KEY, key));
        }

        Api.Reply first = replies.get(0);
        JsonNode booked = first.ok(201);
        assertThat(booked.path("guest").path("lastName").asText()).isEqualTo(lastName);
        assertThat(first.header("Location")).get().asString().endsWith("/reservations/" + booked.path("confirmationNumber").asText());
        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(201);
            assertThat(reply.header("Location")).isEqualTo(first.header("Location"));
            assertThat(reply.body()).isEqualTo(first.body());
        }
        assertThat(replies.stream().filter(r -> r.header("Idempotent-Replayed").isPresent()).count())
                .as("replays say so").isGreaterThanOrEqualTo(9);

        assertThat(Platform.changedSince(Api.DEMO_CHANNEL, started).stream()
                .filter(r -> r.path("guest").path("lastName").asText().equals(lastName)))
                .as("reservations booked under the key").hasSize(1);
        Platform.GridRow grid = Platform.grid(ROOM_TYPE, from, 3);
        assertThat(grid.sold()).containsExactly(1, 1, 0);
    }

    @Test
    void theKeyWithAnotherBodyIsRefusedAndBooksNothing() {
        LocalDate from = Platform.freeNights(ROOM_TYPE, 3);
        String key = UUID.randomUUID().toString();
        Platform.send("POST", "/reservations", Api.DEMO_CHANNEL,
                Platform.booking(ROOM_TYPE, from, from.plusDays(1), "Lovelace"), IDEMPOTENCY_KEY, key).ok(201);

        JsonNode problem = Platform.send("POST", "/reservations", Api.DEMO_CHANNEL,
                        Platform.booking(ROOM_TYPE, from, from.plusDays(3), "Lovelace"), IDEMPOTENCY_KEY, key)
                .problem(422, "idempotency-key-reused");
        assertThat(problem.path("field").asText()).isEqualTo(IDEMPOTENCY_KEY);
        assertThat(problem.path("detail").asText()).contains(key);
        assertThat(Platform.grid(ROOM_TYPE, from, 3).sold()).containsExactly(1, 0, 0);
    }

    @Test
    void aKeyThatIsNoKeyIsRefused() {
        LocalDate from = Platform.freeNights(ROOM_TYPE, 1);
        JsonNode problem = Platform.send("POST", "/reservations", Api.DEMO_CHANNEL,
                        Platform.booking(ROOM_TYPE, from, from.plusDays(1), "Lovelace"), IDEMPOTENCY_KEY, "x".repeat(256))
                .problem(422, "invalid-value");
        assertThat(problem.path("field").asText()).isEqualTo(IDEMPOTENCY_KEY);
        assertThat(Platform.grid(ROOM_TYPE, from, 1).sold()).containsExactly(0);
    }

    @Test
    void aModificationSentAgainIsMadeOnceAndAnsweredAlike() throws Exception {
        LocalDate from = Platform.freeNights(ROOM_TYPE, 4);
        JsonNode booked = Api.post("/reservations", Api.DEMO_CHANNEL,
                Platform.booking(ROOM_TYPE, from, from.plusDays(1), "Lovelace")).ok(201);
        String path = "/reservations/" + booked.path("confirmationNumber").asText();
        String key = UUID.randomUUID().toString();
        Map<String, Object> longer = Map.of("departure", from.plusDays(3).toString());

        Api.Reply first = Platform.send("PATCH", path, Api.DEMO_CHANNEL, longer, IDEMPOTENCY_KEY, key);
        JsonNode modified = first.ok(200);
        assertThat(modified.path("departure").asText()).isEqualTo(from.plusDays(3).toString());
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        Thread.sleep(20); // a second modification would carry a later modifiedAt
        for (int i = 0; i < 3; i++) {
            Api.Reply again = Platform.send("PATCH", path, Api.DEMO_CHANNEL, longer, IDEMPOTENCY_KEY, key);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.header("Idempotent-Replayed")).contains("true");
        }
        JsonNode now = Api.get(path, Api.DEMO_CHANNEL).ok(200);
        // stored to the microsecond: the answer may carry more digits than the database keeps
        assertThat(Duration.between(Instant.parse(now.path("modifiedAt").asText()),
                Instant.parse(modified.path("modifiedAt").asText())).abs()).isLessThan(Duration.ofNanos(1000));
        assertThat(Platform.grid(ROOM_TYPE, from, 4).sold()).containsExactly(1, 1, 1, 0);

        // the key with another change is another request
        Platform.send("PATCH", path, Api.DEMO_CHANNEL, Map.of("departure", from.plusDays(4).toString()),
                IDEMPOTENCY_KEY, key).problem(422, "idempotency-key-reused");
        assertThat(Platform.grid(ROOM_TYPE, from, 4).sold()).containsExactly(1, 1, 1, 0);
    }

    @Test
    void twoChannelsUsingOneKeyEachBookTheirOwn() {
        LocalDate from = Platform.freeNights(ROOM_TYPE, 2);
        String key = UUID.randomUUID().toString();
        JsonNode demo = Platform.send("POST", "/reservations", Api.DEMO_CHANNEL,
                Platform.booking(ROOM_TYPE, from, from.plusDays(1), "Lovelace"), IDEMPOTENCY_KEY, key).ok(201);
        // the other channel, same key, another body: not a reuse, not a replay, a booking of its own
        Api.Reply second = Platform.send("POST", "/reservations", Api.SECOND_CHANNEL,
                Platform.booking(ROOM_TYPE, from, from.plusDays(2), "Babbage"), IDEMPOTENCY_KEY, key);
        JsonNode ota2 = second.ok(201);
        assertThat(second.header("Idempotent-Replayed")).isEmpty();
        assertThat(ota2.path("confirmationNumber").asText()).isNotEqualTo(demo.path("confirmationNumber").asText());
        assertThat(ota2.path("channel").asText()).isEqualTo("OTA2");
        // and the same body under the same key from the other channel again is its replay, not DEMO's
        Api.Reply replay = Platform.send("POST", "/reservations", Api.SECOND_CHANNEL,
                Platform.booking(ROOM_TYPE, from, from.plusDays(2), "Babbage"), IDEMPOTENCY_KEY, key);
        assertThat(replay.body()).isEqualTo(second.body());
        assertThat(Platform.grid(ROOM_TYPE, from, 2).sold()).containsExactly(2, 1);
    }
}
