package org.innkeeper.rest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IdempotencyKeyFilterTest {

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameRequestHashesAlikeAndAnyDifferenceShows() {
        String booking = IdempotencyKeyFilter.hash("POST", "/api/v1/reservations", null, body("{\"adults\":1}"));
        assertThat(booking).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(IdempotencyKeyFilter.hash("POST", "/api/v1/reservations", null, body("{\"adults\":1}")))
                .isEqualTo(booking);
        assertThat(IdempotencyKeyFilter.hash("POST", "/api/v1/reservations", null, body("{\"adults\":2}")))
                .isNotEqualTo(booking);
        assertThat(IdempotencyKeyFilter.hash("POST", "/api/v1/bookings", null, body("{\"adults\":1}")))
                .isNotEqualTo(booking);
        assertThat(IdempotencyKeyFilter.hash("PATCH", "/api/v1/reservations", null, body("{\"adults\":1}")))
                .isNotEqualTo(booking);
        assertThat(IdempotencyKeyFilter.hash("POST", "/api/v1/reservations", "x=1", body("{\"adults\":1}")))
                .isNotEqualTo(booking);
    }
}
