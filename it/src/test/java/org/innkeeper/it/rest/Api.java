package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A small client for the REST API of the running server, with the demo hotel's credentials; public
 * so the browser tests can set up their data through the API.
 */
public final class Api {

    static final String BASE_URL = System.getProperty("innkeeper.baseUrl", "http://localhost:8080");
    static final String API = BASE_URL + "/api/v1";

    /** Channel DEMO. */
    public static final String DEMO_CHANNEL = "Bearer demo-channel-key";
    /** Channel OTA2. */
    static final String SECOND_CHANNEL = "Bearer second-channel-key";
    public static final String FRONT_DESK = basic("frontdesk", "frontdesk");
    public static final String MANAGER = basic("manager", "manager");

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_TYPES = "https://innkeeper.org/problems/";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build(); // h2c upgrades were answered with GOAWAY on long requests

    private Api() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer: status, headers and the body, as text and as JSON. */
    public record Reply(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (" + status + "): " + response.body(), e);
            }
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        /** Asserts a problem+json of this status and kind; returns its JSON. */
        public JsonNode problem(int expectedStatus, String kind) {
            assertThat(status).as("status of %s", response.body()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).get().asString().startsWith(PROBLEM_JSON);
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("title").asText()).isNotBlank();
            if (kind != null) {
                assertThat(problem.path("type").asText()).isEqualTo(PROBLEM_TYPES + kind);
            } else {
                assertThat(problem.path("type").asText()).startsWith(PROBLEM_TYPES);
            }
            assertThat(response.body()).doesNotContain("\tat ", "Exception:");
            return problem;
        }

        /** Asserts success with this status; returns the JSON body. */
        public JsonNode ok(int expectedStatus) {
            assertThat(status).as("status of %s", response.body()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).get().asString().startsWith("application/json");
            return json();
        }
    }

    public static Reply get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    /** POSTs a body: a String as it is (raw JSON, malformed or not), anything else as JSON. */
    public static Reply post(String path, String authorization, Object body) {
        return send(request(path, authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public static Reply put(String path, String authorization, Object body) {
        return send(request(path, authorization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public static Reply patch(String path, String authorization, Object body) {
        return send(request(path, authorization)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** GETs a document (a PDF) as bytes. */
    public static HttpResponse<byte[]> bytes(String path, String authorization, String accept) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", accept).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the hotel, as the tests need it

    static List<JsonNode> offers(String authorization, LocalDate arrival, LocalDate departure, int adults) {
        JsonNode offers = availability(authorization, arrival, departure, adults).path("offers");
        assertThat(offers.isArray()).as("offers of the availability answer").isTrue();
        List<JsonNode> list = new ArrayList<>();
        offers.forEach(list::add);
        return list;
    }

    /** The whole availability answer: offers, what can't be sold and why, alternatives. */
    static JsonNode availability(String authorization, LocalDate arrival, LocalDate departure, int adults) {
        return get("/availability?arrival=" + arrival + "&departure=" + departure + "&adults=" + adults,
                authorization).ok(200);
    }

    /** Rooms of the type left for every night of the stay (0 when it is not offered at all). */
    static int roomsLeft(String roomType, LocalDate arrival, LocalDate departure) {
        return offers(DEMO_CHANNEL, arrival, departure, 1).stream()
                .filter(offer -> offer.path("roomType").asText().equals(roomType))
                .mapToInt(offer -> offer.path("roomsLeft").asInt())
                .max().orElse(0);
    }

    static int roomsLeft(String roomType, LocalDate night) {
        return roomsLeft(roomType, night, night.plusDays(1));
    }

    /**
     * A random night 200 to 700 days ahead (the demo books nothing there) where the type has rooms left
     * and the two nights either side have at least as many: the night itself is what runs out first.
     */
    static LocalDate farNight(String roomType) {
        for (int attempt = 0; attempt < 30; attempt++) {
            LocalDate night = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(200, 701));
            int left = roomsLeft(roomType, night);
            if (left >= 1 && roomsLeft(roomType, night.minusDays(2), night.plusDays(3)) == left) {
                return night;
            }
        }
        throw new AssertionError("no far night with " + roomType + " left");
    }

    /** A booking request as a channel sends it. */
    public static Map<String, Object> booking(String roomType, String ratePlan, LocalDate arrival, LocalDate departure,
                                       int adults, String lastName) {
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("firstName", "Ada");
        guest.put("lastName", lastName);
        guest.put("email", "ada@example.org");
        guest.put("phone", "+44 20 7946 0000");
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("roomType", roomType);
        booking.put("ratePlan", ratePlan);
        booking.put("arrival", arrival.toString());
        booking.put("departure", departure.toString());
        booking.put("adults", adults);
        booking.put("guest", guest);
        booking.put("source", "integration test");
        return booking;
    }

    static Map<String, Object> booking(String roomType, LocalDate arrival, LocalDate departure) {
        return booking(roomType, "BAR", arrival, departure, 1, "Lovelace");
    }

    public static LocalDate businessDate() {
        return LocalDate.parse(get("/frontdesk/overview", FRONT_DESK).ok(200).path("businessDate").asText());
    }

    /**
     * Runs {@code steps} with the hotel's no-show hour set to {@code hour} (hotel time), and puts the hour
     * back afterwards: a test that marks a guest due today as a no-show must not depend on the hour it runs at.
     */
    public static void withNoShowHour(int hour, Runnable steps) {
        JsonNode before = get("/setup/hotel", MANAGER).ok(200);
        Map<String, Object> changed = JSON.convertValue(before, new com.fasterxml.jackson.core.type.TypeReference<>() { });
        changed.put("noShowHour", hour);
        put("/setup/hotel", MANAGER, changed).ok(200);
        try {
            steps.run();
        } finally {
            put("/setup/hotel", MANAGER, JSON.convertValue(before, Map.class)).ok(200);
        }
    }
}
