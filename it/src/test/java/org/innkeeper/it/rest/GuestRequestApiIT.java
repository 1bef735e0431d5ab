package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;
import static org.innkeeper.it.rest.Api.SECOND_CHANNEL;
import static org.innkeeper.it.rest.Api.booking;
import static org.innkeeper.it.rest.Api.farNight;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;
import static org.innkeeper.it.rest.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Guest requests over the API: a channel files one for its own reservation and is refused another's,
 * staff move it through its states (illegal moves are 409 problems), POSTs replay under their
 * Idempotency-Key, a manager runs the escalation at a later instant (demo server) and the supervisor
 * sees the notice and reports back; the guest page's API opens with its token only.
 */
class GuestRequestApiIT {

    private static final String SUPERVISOR = Api.basic("supervisor", "supervisor");

    private static String book(String authorization) {
        LocalDate night = farNight("STD");
        return post("/reservations", authorization, booking("STD", night, night.plusDays(1))).ok(201)
                .path("confirmationNumber").asText();
    }

    private static Map<String, Object> ask(String cn, String category, String text) {
        return Map.of("confirmationNumber", cn, "category", category, "description", text);
    }

    @Test
    void aChannelFilesARequestForItsOwnReservationAndIsRefusedAnothers() {
        String own = book(DEMO_CHANNEL);
        String others = book(SECOND_CHANNEL);
        Api.Reply filed = post("/requests", DEMO_CHANNEL, ask(own, "LATE_CHECKOUT", "Check-out at 2 pm, please"));
        JsonNode request = filed.ok(201);
        assertThat(filed.header("Location")).get().asString().endsWith("/requests/" + request.path("id").asLong());
        assertThat(request.path("source").asText()).isEqualTo("CHANNEL");
        assertThat(request.path("loggedBy").asText()).isEqualTo("channel:DEMO");
        assertThat(request.path("department").asText()).isEqualTo("FRONT_OFFICE");

        post("/requests", DEMO_CHANNEL, ask(others, "LATE_CHECKOUT", "Check-out at 2 pm")).problem(404, "not-found");
        get("/requests/" + request.path("id").asLong(), DEMO_CHANNEL).problem(403, "forbidden");
        post("/requests", DEMO_CHANNEL, ask(own, "PONY", "A pony")).problem(422, "invalid-value");
    }

    @Test
    void staffMoveARequestThroughItsStatesAndIllegalMovesAreProblems() {
        String cn = book(FRONT_DESK);
        long id = post("/requests", FRONT_DESK, ask(cn, "TOWELS", "Two towels")).ok(201).path("id").asLong();
        post("/requests/" + id + "/acknowledge", FRONT_DESK, null).ok(200);
        post("/requests/" + id + "/resolve", FRONT_DESK, Map.of("note", "Brought")).ok(200);
        post("/requests/" + id + "/start", FRONT_DESK, null).problem(409, "request-transition");
        JsonNode reopened = post("/requests/" + id + "/reopen", FRONT_DESK, Map.of("note", "Only one")).ok(200);
        assertThat(reopened.path("status").asText()).isEqualTo("REOPENED");
        assertThat(reopened.path("history")).extracting(e -> e.path("kind").asText())
                .containsExactly("LOGGED", "ACKNOWLEDGED", "RESOLVED", "REOPENED");
        assertThat(reopened.path("history").get(1).path("by").asText()).isEqualTo("frontdesk");
        assertThat(get("/requests?reservation=" + cn, FRONT_DESK).ok(200)).hasSize(1);
        get("/requests/999999999", FRONT_DESK).problem(404, "not-found");
    }

    @Test
    void aPostReplaysUnderItsIdempotencyKey() throws Exception {
        String cn = book(FRONT_DESK);
        String key = UUID.randomUUID().toString();
        String body = Api.JSON.writeValueAsString(ask(cn, "TAXI", "A taxi at 6"));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.API + "/requests"))
                .header("Authorization", FRONT_DESK).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(Api.JSON.readTree(again.body()).path("id")).isEqualTo(Api.JSON.readTree(first.body()).path("id"));
        assertThat(get("/requests?reservation=" + cn, FRONT_DESK).ok(200)).hasSize(1);

        // the guest's page, without a login: its keys belong to its link
        String token = post("/requests/guest-links", FRONT_DESK, Map.of("confirmationNumber", cn)).ok(201)
                .path("token").asText();
        HttpRequest fromPage = HttpRequest.newBuilder(URI.create(Api.API + "/guest-page/" + token + "/requests"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        Map.of("category", "TOWELS", "description", "Two bath towels")))).build();
        HttpResponse<String> asked = http.send(fromPage, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> resent = http.send(fromPage, HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        assertThat(resent.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(Api.JSON.readTree(resent.body()).path("id")).isEqualTo(Api.JSON.readTree(asked.body()).path("id"));
        assertThat(get("/requests?reservation=" + cn, FRONT_DESK).ok(200)).as("the taxi and the towels, once").hasSize(2);
    }

    @Test
    void targetsAreTheManagersAndTheFiguresToo() {
        Map<String, Object> target = Map.of("category", "OTHER", "tier", "STANDARD", "responseMinutes", 15,
                "resolutionMinutes", 90);
        put("/requests/targets", FRONT_DESK, target).problem(403, "forbidden");
        JsonNode saved = put("/requests/targets", MANAGER, target).ok(200);
        assertThat(saved.path("resolutionMinutes").asInt()).isEqualTo(90);
        put("/requests/targets", MANAGER, Map.of("category", "OTHER", "tier", "STANDARD", "responseMinutes", 30,
                "resolutionMinutes", 10)).problem(422, "invalid-value");
        assertThat(get("/requests/targets", FRONT_DESK).ok(200)).hasSize(24);
        LocalDate today = Api.businessDate();
        JsonNode figures = get("/requests/figures?from=" + today.minusDays(365) + "&to=" + today, MANAGER).ok(200);
        assertThat(figures.path("logged").asLong()).as("the demo's year").isGreaterThan(500);
        assertThat(figures.path("answeredWithinTargetPercent").decimalValue()).isBetween(
                java.math.BigDecimal.valueOf(50), java.math.BigDecimal.valueOf(100));
        assertThat(figures.path("medianFirstResponseMinutes").asDouble()).isPositive();
        get("/requests/figures?from=" + today + "&to=" + today, FRONT_DESK).problem(403, "forbidden");
    }

    @Test
    void anOverdueRequestEscalatesOnceToTheSupervisorWhoReportsBack() {
        String cn = book(FRONT_DESK);
        JsonNode request = post("/requests", FRONT_DESK, ask(cn, "REPAIR", "The tap drips")).ok(201);
        long id = request.path("id").asLong();
        Instant late = Instant.parse(request.path("responseDueAt").asText()).plusSeconds(1);
        post("/requests/escalations?at=" + late, FRONT_DESK, null).problem(403, "forbidden");
        assertThat(post("/requests/escalations?at=" + late, MANAGER, null).ok(200).path("escalated").asInt()).isPositive();
        post("/requests/escalations?at=" + late, MANAGER, null).ok(200);
        JsonNode escalated = get("/requests/" + id, FRONT_DESK).ok(200);
        assertThat(escalated.path("escalationLevel").asInt()).isEqualTo(1);
        assertThat(escalated.path("escalatedTo").asText()).isEqualTo("supervisor");
        assertThat(escalated.path("history")).filteredOn(e -> e.path("kind").asText().equals("ESCALATED")).hasSize(1);
        JsonNode notices = get("/requests/notices", SUPERVISOR).ok(200);
        assertThat(notices).filteredOn(n -> n.path("requestId").asLong() == id).hasSize(1);
        JsonNode reported = post("/requests/" + id + "/report", SUPERVISOR, Map.of("note", "Plumber on the way")).ok(200);
        assertThat(reported.path("history").get(reported.path("history").size() - 1).path("by").asText())
                .isEqualTo("supervisor");
        assertThat(get("/frontdesk/outbox?limit=50", MANAGER).ok(200).path("messages"))
                .anySatisfy(m -> assertThat(m.path("subject").asText()).contains("#" + id));
    }

    @Test
    void theGuestPageOpensWithItsTokenOnlyAndOnlyItsStay() {
        String cn = book(FRONT_DESK);
        String other = book(FRONT_DESK);
        String token = post("/requests/guest-links", FRONT_DESK, Map.of("confirmationNumber", cn)).ok(201)
                .path("token").asText();
        String otherToken = post("/requests/guest-links", FRONT_DESK, Map.of("confirmationNumber", other)).ok(201)
                .path("token").asText();
        assertThat(token).hasSize(43);
        JsonNode page = get("/guest-page/" + token, null).ok(200);
        assertThat(page.path("categories")).hasSize(8);
        JsonNode line = post("/guest-page/" + token + "/requests", null,
                Map.of("category", "TOWELS", "description", "<script>alert('x')</script>")).ok(201);
        assertThat(line.path("description").asText()).isEqualTo("<script>alert('x')</script>");
        assertThat(line.has("loggedBy")).as("no staff details for the guest").isFalse();
        assertThat(get("/guest-page/" + otherToken, null).ok(200).path("requests")).isEmpty();
        JsonNode filed = get("/requests/" + line.path("id").asLong(), FRONT_DESK).ok(200);
        assertThat(filed.path("confirmationNumber").asText()).isEqualTo(cn);
        assertThat(filed.path("source").asText()).isEqualTo("GUEST_PAGE");

        // something went wrong: a complaint of this stay for the duty manager, in the guest's own words
        String reference = post("/guest-page/" + token + "/complaints", null,
                Map.of("category", "NOISE", "guestWords", "Loud music <b>next door</b> until 2 am")).ok(201)
                .path("reference").asText();
        JsonNode complaint = get("/complaints/" + reference, FRONT_DESK).ok(200);
        assertThat(complaint.path("source").asText()).isEqualTo("GUEST_PAGE");
        assertThat(complaint.path("confirmationNumber").asText()).isEqualTo(cn);
        assertThat(complaint.path("category").asText()).isEqualTo("NOISE");
        post("/guest-page/" + token + "/complaints", null, Map.of("category", "NOISE")).problem(422, null);

        String changed = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
        for (String guess : new String[] {changed, "x", cn, UUID.randomUUID().toString()}) {
            get("/guest-page/" + guess, null).problem(404, "not-found");
            post("/guest-page/" + guess + "/requests", null, Map.of("category", "TOWELS", "description", "x"))
                    .problem(404, "not-found");
            post("/guest-page/" + guess + "/complaints", null, Map.of("category", "NOISE", "guestWords", "x"))
                    .problem(404, "not-found");
        }
        get("/requests/board", null).problem(401, "unauthorized");
    }
}
