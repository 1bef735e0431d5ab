package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the API platform tests need beside {@link Api}: any method with any headers and raw bodies,
 * the staff's availability grid, and a channel's own list of what changed.
 */
final class Platform {

    /** Channel OTA3: 5 requests per second. */
    static final String LIMITED_CHANNEL = "Bearer limited-channel-key";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Platform() {
    }

    /** Sends a request; {@code body} is a String as it is, anything else as JSON, null none. */
    static Api.Reply send(String method, String path, String authorization, Object body, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json(body));
        return send(method, path, authorization, publisher, headers);
    }

    static Api.Reply send(String method, String path, String authorization, HttpRequest.BodyPublisher body,
                          String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : Api.API + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object body) {
        try {
            return body instanceof String s ? s : Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One room type's row of the staff grid: its rooms, and rooms left and sold per night from {@code from}. */
    record GridRow(int rooms, List<Integer> left, List<Integer> sold) {
    }

    static GridRow grid(String roomType, LocalDate from, int days) {
        JsonNode grid = Api.get("/availability/grid?from=" + from + "&days=" + days, Api.FRONT_DESK).ok(200);
        for (JsonNode row : grid.path("rows")) {
            if (row.path("roomType").asText().equals(roomType)) {
                List<Integer> left = new ArrayList<>();
                List<Integer> sold = new ArrayList<>();
                row.path("left").forEach(n -> left.add(n.asInt()));
                row.path("sold").forEach(n -> sold.add(n.asInt()));
                assertThat(left).hasSize(days);
                return new GridRow(row.path("rooms").asInt(), left, sold);
            }
        }
        throw new AssertionError("no room type " + roomType + " in the grid: " + grid);
    }

    /**
     * The first night of {@code days} nights, 400 to 690 days ahead and away from the year's end (its
     * restrictions), on which no room of the type is sold: the tests' own part of the calendar.
     */
    static LocalDate freeNights(String roomType, int days) {
        for (int attempt = 0; attempt < 40; attempt++) {
            LocalDate from = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(400, 691));
            if (from.getMonth() == Month.DECEMBER || from.plusDays(days).getMonth() == Month.DECEMBER) {
                continue;
            }
            GridRow row = grid(roomType, from, days);
            if (row.rooms() > 0 && row.left().stream().allMatch(left -> left == row.rooms())) {
                return from;
            }
        }
        throw new AssertionError("no " + days + " free nights of " + roomType + " found");
    }

    /** The channel's reservations changed since the instant (the channel's own sync list). */
    static List<JsonNode> changedSince(String channel, Instant since) {
        JsonNode list = Api.get("/reservations?modifiedSince=" + since, channel).ok(200);
        List<JsonNode> reservations = new ArrayList<>();
        list.forEach(reservations::add);
        return reservations;
    }

    /** A last name no other test uses: letters only. */
    static String uniqueName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    static Map<String, Object> booking(String roomType, LocalDate arrival, LocalDate departure, String lastName) {
        return Api.booking(roomType, "BAR", arrival, departure, 1, lastName);
    }
}
