package org.innkeeper.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/** The few calls of the channel API the generator makes, over the JDK's HTTP client. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** An answer: its status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String channelAuth;
    private final String staffAuth;

    Api(Options options) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = URI.create(options.url() + "/api/v1/");
        this.channelAuth = "Bearer " + options.apiKey();
        this.staffAuth = "Basic " + Base64.getEncoder().encodeToString(
                (options.staffUser() + ":" + options.staffPassword()).getBytes(StandardCharsets.UTF_8));
    }

    Answer search(LocalDate arrival, LocalDate departure, int adults) throws IOException, InterruptedException {
        return send(get("availability?arrival=" + arrival + "&departure=" + departure + "&adults=" + adults, channelAuth));
    }

    /**
     * The same search with an arrival that is not a date ({@code 2027-03-01x}): authenticated, rate-limited
     * and dispatched like a search, then refused with 422 before the service is called. Its cost is the floor
     * under every request of the API.
     */
    Answer refusedSearch(LocalDate arrival, LocalDate departure, int adults) throws IOException, InterruptedException {
        return send(get("availability?arrival=" + arrival + "x&departure=" + departure + "&adults=" + adults, channelAuth));
    }

    /** A booking with an idempotency key of its own, as real channels send it (its cost is in the figures). */
    Answer book(ObjectNode request) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("reservations")).timeout(TIMEOUT)
                .header("Authorization", channelAuth).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build());
    }

    /** The channel's reservations changed at or after {@code since}, oldest first, a page of at most 200. */
    Answer modifiedSince(Instant since) throws IOException, InterruptedException {
        return send(get("reservations?modifiedSince=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8)
                + "&limit=200", channelAuth));
    }

    /** The staff availability grid: rooms left and sold per room type, {@code days} nights from {@code from}. */
    Answer grid(LocalDate from, int days) throws IOException, InterruptedException {
        return send(get("availability/grid?from=" + from + "&days=" + days, staffAuth));
    }

    /** Staff: gives rooms to the date's arrivals that have none. */
    Answer autoAssign(LocalDate date) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("frontdesk/arrivals/auto-assign?date=" + date)).timeout(TIMEOUT)
                .header("Authorization", staffAuth).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Staff: the room rack for {@code days} nights from {@code from}. */
    Answer rack(LocalDate from, int days) throws IOException, InterruptedException {
        return send(get("rooms/rack?from=" + from + "&days=" + days, staffAuth));
    }

    /** Staff: checks a guest in to a room. */
    Answer checkIn(String confirmationNumber, String room) throws IOException, InterruptedException {
        return postStaff("frontdesk/reservations/" + confirmationNumber + "/check-in",
                "{\"roomNumber\":\"" + room + "\",\"documentType\":\"PASSPORT\",\"documentNumber\":\"B"
                        + Math.abs(confirmationNumber.hashCode()) + "\"}");
    }

    /** A manager: the night audit's status, or a run of it for {@code businessDate}. */
    Answer audit() throws IOException, InterruptedException {
        return send(get("audit", staffAuth));
    }

    Answer runAudit(LocalDate businessDate) throws IOException, InterruptedException {
        return postStaff("audit/runs", "{\"businessDate\":\"" + businessDate + "\",\"acknowledgeWarnings\":true}");
    }

    private Answer postStaff(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", staffAuth).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest get(String path, String auth) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", auth)
                .header("Accept", "application/json").GET().build();
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
