package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed bookings get a 4xx problem+json naming the field to blame, never a 5xx, and change
 * nothing: no reservation of the channel, no room sold on the nights asked for.
 */
class MalformedInputIT {

    private static final String ROOM_TYPE = "SUP";

    private Untouched nights;
    private LocalDate from;

    @BeforeEach
    void freeNights() {
        nights = Untouched.nights(ROOM_TYPE, 3, Api.SECOND_CHANNEL);
        from = nights.from();
    }

    @AfterEach
    void nothingChanged() {
        nights.assertUnchanged();
    }

    private Map<String, Object> booking() {
        return new LinkedHashMap<>(Platform.booking(ROOM_TYPE, from, from.plusDays(2), "Lovelace"));
    }

    private static Api.Reply post(Object body) {
        return Platform.send("POST", "/reservations", Api.SECOND_CHANNEL, body);
    }

    private static JsonNode refused(Api.Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply.body()).isLessThan(500);
        return reply.problem(status, null);
    }

    @Test
    void jsonThatIsNotJson() {
        refused(post("{\"roomType\": \"SUP\", \"arrival\": "), 400);
        refused(post("[1, 2, 3]"), 400);
        refused(post("not json at all"), 400);
    }

    @Test
    void wrongTypes() {
        Map<String, Object> booking = booking();
        booking.put("adults", "two");
        JsonNode problem = refused(post(booking), 400);
        assertThat(problem.path("field").asText()).isEqualTo("adults");

        booking = booking();
        booking.put("arrival", "next Tuesday");
        problem = refused(post(booking), 400);
        assertThat(problem.path("field").asText()).isEqualTo("arrival");

        booking = booking();
        booking.put("guest", "Ada Lovelace");
        problem = refused(post(booking), 400);
        assertThat(problem.path("field").asText()).startsWith("guest");
    }

    @Test
    void departureBeforeArrival() {
        Map<String, Object> booking = booking();
        booking.put("departure", from.minusDays(1).toString());
        JsonNode problem = refused(post(booking), 422);
        assertThat(problem.path("field").asText()).isEqualTo("departure");
    }

    @Test
    void aStayOfTenYears() {
        Map<String, Object> booking = booking();
        booking.put("departure", from.plusYears(10).toString());
        JsonNode problem = refused(post(booking), 422);
        assertThat(problem.path("field").asText()).isEqualTo("departure");
    }

    @Test
    void anUnknownRoomType() {
        Map<String, Object> booking = booking();
        booking.put("roomType", "PENT");
        JsonNode problem = refused(post(booking), 422);
        assertThat(problem.path("field").asText()).isEqualTo("roomType");
    }

    @Test
    void aBodyOverOneMegabyte() {
        Map<String, Object> booking = booking();
        booking.put("source", "x".repeat(1024 * 1024));
        JsonNode problem = refused(post(booking), 413);
        assertThat(problem.path("type").asText()).isEqualTo(Api.PROBLEM_TYPES + "body-too-large");

        // streamed without a Content-Length: found out while reading
        byte[] big = Platform.json(booking).getBytes(StandardCharsets.UTF_8);
        refused(Platform.send("POST", "/reservations", Api.SECOND_CHANNEL,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))), 413);

        // and with an Idempotency-Key nothing is kept either: the key is still free afterwards
        String key = UUID.randomUUID().toString();
        refused(Platform.send("POST", "/reservations", Api.SECOND_CHANNEL, booking, Platform.IDEMPOTENCY_KEY, key), 413);
        Map<String, Object> fine = booking();
        fine.put("arrival", "tomorrow");
        refused(Platform.send("POST", "/reservations", Api.SECOND_CHANNEL, fine, Platform.IDEMPOTENCY_KEY, key), 400);
    }

    @Test
    void aBodyJustUnderOneMegabyteIsRead() {
        Map<String, Object> booking = booking();
        char[] padding = new char[1024 * 1024 - 2048];
        Arrays.fill(padding, ' ');
        String body = Platform.json(booking).replaceFirst("\\{", "{" + new String(padding));
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(1024 * 1024);
        // read in full and then refused for what it says (no such rate plan), not for its size
        refused(post(body.replace("\"BAR\"", "\"NOPE\"")), 422);
    }
}
