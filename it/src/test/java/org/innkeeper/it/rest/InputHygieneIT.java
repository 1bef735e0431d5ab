package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What a caller sends is not stored when it must not be (card numbers, control characters) and not
 * sent back where it could do harm (a path value in a 404, a huge query value in an error); methods
 * the API does not know get a problem+json like every other refusal.
 */
class InputHygieneIT {

    private static final String ROOM_TYPE = "STD";
    private static final String CARD = "4111 1111 1111 1111";
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aCardNumberInABookingIsRefusedNamingTheFieldAndNothingIsBooked() {
        Untouched nights = Untouched.nights(ROOM_TYPE, 2, Api.SECOND_CHANNEL);
        refusedWithCard("guest.lastName", booking -> guest(booking).put("lastName", "Lovelace " + CARD), nights);
        refusedWithCard("guest.phone", booking -> guest(booking).put("phone", "4111-1111-1111-1111"), nights);
        refusedWithCard("source", booking -> booking.put("source", "card " + CARD), nights);
        nights.assertUnchanged();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> guest(Map<String, Object> booking) {
        Map<String, Object> guest = new LinkedHashMap<>((Map<String, Object>) booking.get("guest"));
        booking.put("guest", guest);
        return guest;
    }

    private static void refusedWithCard(String field, java.util.function.Consumer<Map<String, Object>> spoil,
                                        Untouched nights) {
        Map<String, Object> booking = new LinkedHashMap<>(Platform.booking(ROOM_TYPE, nights.from(),
                nights.from().plusDays(2), "Lovelace"));
        spoil.accept(booking);
        Api.Reply reply = Platform.send("POST", "/reservations", Api.SECOND_CHANNEL, booking);
        JsonNode problem = reply.problem(422, "invalid-value");
        assertThat(problem.path("field").asText()).isEqualTo(field);
        assertThat(problem.path("detail").asText()).contains("looks like a card number");
        assertThat(reply.body()).doesNotContain("4111");
    }

    @Test
    void aChargeDescriptionWithAControlCharacterIsRefused() {
        StayFixtures.Guest guest = StayFixtures.inHouse(Platform.uniqueName("Hygiene"), 1);
        String charges = "/frontdesk/reservations/" + guest.confirmationNumber() + "/folio/charges";
        BigDecimal before = Api.get("/frontdesk/reservations/" + guest.confirmationNumber() + "/folio", Api.FRONT_DESK)
                .ok(200).path("balance").decimalValue();

        JsonNode problem = Api.post(charges, Api.FRONT_DESK, Map.of("article", "MINIBAR",
                "description", "Two sodas\u0007", "amount", new BigDecimal("7.50"))).problem(422, "invalid-value");
        assertThat(problem.path("field").asText()).isEqualTo("description");
        Api.post(charges, Api.FRONT_DESK, Map.of("article", "MINIBAR",
                "description", "Sodas, paid by " + CARD, "amount", new BigDecimal("7.50"))).problem(422, "invalid-value");

        assertThat(Api.get("/frontdesk/reservations/" + guest.confirmationNumber() + "/folio", Api.FRONT_DESK)
                .ok(200).path("balance").decimalValue()).isEqualByComparingTo(before);
    }

    @Test
    void aNotFoundDoesNotEchoThePath() {
        Api.Reply reply = Api.get("/reservations/%3Cscript%3EXYZ", Api.DEMO_CHANNEL);
        reply.problem(404, "not-found");
        assertThat(reply.body()).doesNotContainIgnoringCase("script").doesNotContain("XYZ");

        reply = Api.get("/reservations/IKXYZXYZ42", Api.DEMO_CHANNEL);
        reply.problem(404, "not-found");
        assertThat(reply.body()).doesNotContain("XYZXYZ");
    }

    /**
     * Over HTTP/1.1, as channels call: the refusal quotes at most a few hundred characters of it. (Over
     * HTTP/2 a header block this large is beyond the listener's limit and the connection is refused.)
     */
    @Test
    void aHugeQueryValueIsNotEchoed() throws Exception {
        String huge = "x".repeat(100_000);
        for (String path : new String[] {
            "/availability?arrival=" + huge + "&departure=2030-01-02&adults=1",
            "/availability?arrival=2030-01-01&departure=2030-01-02&adults=" + huge,
            "/reservations?modifiedSince=" + huge}) {
            HttpResponse<String> reply = HTTP_1_1.send(HttpRequest.newBuilder(URI.create(Api.API + path))
                    .header("Authorization", Api.DEMO_CHANNEL).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body().substring(0, Math.min(300, reply.body().length())))
                    .isBetween(400, 499);
            assertThat(reply.headers().firstValue("Content-Type")).get().asString().startsWith(Api.PROBLEM_JSON);
            assertThat(reply.body().length()).isLessThan(2_000);
        }
    }

    @Test
    void unsupportedMethodsGetProblemJson() {
        for (String method : new String[] {"TRACE", "FOO"}) {
            Api.Reply reply = Platform.send(method, "/availability", Api.DEMO_CHANNEL, (Object) null);
            assertThat(reply.status()).as("%s: %s", method, reply.body()).isIn(405, 501);
            reply.problem(reply.status(), null);
            assertThat(reply.body()).doesNotContain("Bearer", "demo-channel-key");
        }
    }

    /** A proxy's tunnel request is refused plainly: 405 (it was Undertow's 500), naming neither server nor cause. */
    @Test
    void connectIsRefusedWithout500() throws Exception {
        URI base = URI.create(Api.BASE_URL);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String authority = base.getHost() + ":" + base.getPort();
            socket.getOutputStream().write(("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(4_000), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 405").doesNotContain("WildFly", "Undertow", "Exception", " 500 ");
        }
    }
}
