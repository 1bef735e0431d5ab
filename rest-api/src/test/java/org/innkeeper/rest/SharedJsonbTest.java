package org.innkeeper.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.rest.problem.Problem;
import org.junit.jupiter.api.Test;

/** The API's one JSON-B instance: shared by every request and type, and writing what the default one writes. */
class SharedJsonbTest {

    private final SharedJsonb resolver = new SharedJsonb();

    @Test
    void oneInstanceForEveryTypeAndRequest() {
        Jsonb first = resolver.getContext(AvailabilityView.class);
        assertThat(first).isNotNull().isSameAs(resolver.getContext(BookingRequest.class))
                .isSameAs(resolver.getContext(Problem.class));
    }

    @Test
    void sameJsonAsRESTEasysDefaultBothWays() throws Exception {
        Jsonb shared = resolver.getContext(Object.class);
        Problem problem = Problem.of("no-availability", 409).detail("no STE left").field("roomType");
        BookingRequest request = new BookingRequest("STD", "BAR", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3),
                2, null, new GuestDetails("Ada", "Lovelace", "ada@example.com", null), "Search engine", null, "4242", null);
        try (Jsonb fresh = JsonbBuilder.create()) {
            assertThat(shared.toJson(problem)).isEqualTo(fresh.toJson(problem)).startsWith("{\"type\":");
            String json = fresh.toJson(request);
            assertThat(shared.toJson(request)).isEqualTo(json);
            assertThat(shared.fromJson(json, BookingRequest.class)).isEqualTo(request);
        }
    }

    @Test
    void yassonBehindTheStrictCheckFailsOnUnknownPropertiesToo() throws Exception {
        try (Jsonb yasson = JsonbBuilder.create(new JsonbConfig()
                .setProperty(SharedJsonb.FAIL_ON_UNKNOWN_PROPERTIES, true))) {
            assertThatThrownBy(() -> yasson.fromJson("{\"adult\": 2}", BookingRequest.class))
                    .isInstanceOf(JsonbException.class).hasMessageContaining("adult");
        }
    }
}
