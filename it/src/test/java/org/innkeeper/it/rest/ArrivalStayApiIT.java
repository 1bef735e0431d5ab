package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;
import static org.innkeeper.it.rest.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arrival and stay over the staff API, as a desk system integrated with Innkeeper would drive it:
 * rooms given ahead of arrival and the database refusing the second stay, auto-assignment, check-in
 * with a companion and the registration card, undo, a move, an early departure and an extension,
 * housekeeping, out of order and the room rack, and every bad input refused with nothing changed.
 */
class ArrivalStayApiIT {

    private static final String HOUSEKEEPING = Api.basic("housekeeping", "housekeeping");

    private static String book(String roomType, LocalDate arrival, int nights, String name, int adults) {
        return post("/reservations", DEMO_CHANNEL, Api.booking(roomType, "BAR", arrival, arrival.plusDays(nights), adults,
                name)).ok(201).path("confirmationNumber").asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static String frontdesk(String cn, String action) {
        return "/frontdesk/reservations/" + cn + "/" + action;
    }

    @Test
    void roomsAreGivenAheadOfArrivalNeverTwiceAndAutoAssignedForADate() {
        LocalDate far = Api.farNight("STD");
        String first = book("STD", far, 2, Platform.uniqueName("Ahead"), 1);
        String second = book("STD", far.plusDays(1), 2, Platform.uniqueName("Overlap"), 1);

        List<JsonNode> rooms = list(get(frontdesk(first, "assignable-rooms"), FRONT_DESK).ok(200));
        assertThat(rooms).isNotEmpty().allSatisfy(r -> assertThat(r.path("roomType").asText()).isEqualTo("STD"));
        String room = rooms.get(0).path("number").asText();
        JsonNode given = put(frontdesk(first, "room"), FRONT_DESK, Map.of("roomNumber", room)).ok(200);
        assertThat(given.path("roomNumber").asText()).isEqualTo(room);
        assertThat(given.path("history").get(0).path("by").asText()).isEqualTo("frontdesk");

        // the same room for an overlapping stay: the database refuses it, the second keeps no room
        JsonNode refused = put(frontdesk(second, "room"), FRONT_DESK, Map.of("roomNumber", room)).problem(409, "room-taken");
        assertThat(refused.path("field").asText()).isEqualTo("roomNumber");
        assertThat(get(frontdesk(second, "stay"), FRONT_DESK).ok(200).hasNonNull("roomNumber")).isFalse();
        assertThat(list(get(frontdesk(second, "assignable-rooms"), FRONT_DESK).ok(200)))
                .extracting(r -> r.path("number").asText()).doesNotContain(room);

        // another type without the clerk's choice of rate
        String suite = list(get("/rooms", FRONT_DESK).ok(200)).stream().filter(r -> r.path("roomType").asText().equals("STE"))
                .findFirst().orElseThrow().path("number").asText();
        put(frontdesk(second, "room"), FRONT_DESK, Map.of("roomNumber", suite)).problem(422, "invalid-value");
        put(frontdesk(second, "room"), FRONT_DESK, Map.of("roomNumber", "9999")).problem(422, "invalid-value");

        // a booking of the day after, auto-assigned with the rest of that day's arrivals
        JsonNode result = post("/frontdesk/arrivals/auto-assign?date=" + far.plusDays(1), FRONT_DESK, null).ok(200);
        assertThat(list(result.path("assigned"))).extracting(l -> l.path("confirmationNumber").asText()).contains(second);
        assertThat(list(get("/frontdesk/arrivals/board?date=" + far.plusDays(1) + "&assigned=true", FRONT_DESK).ok(200)))
                .extracting(a -> a.path("confirmationNumber").asText()).contains(second);
        get("/frontdesk/arrivals/board?ready=maybe", FRONT_DESK).problem(422, "invalid-value");

        // the rack shows both stays; a range beyond 31 nights is refused
        JsonNode rack = get("/rooms/rack?from=" + far + "&days=7", FRONT_DESK).ok(200);
        List<String> onRack = new ArrayList<>();
        rack.path("rooms").forEach(row -> row.path("segments").forEach(s -> onRack.add(s.path("confirmationNumber").asText())));
        assertThat(onRack).contains(first, second);
        get("/rooms/rack?days=40", FRONT_DESK).problem(422, "invalid-value");
        get("/rooms/rack", DEMO_CHANNEL).problem(403, "forbidden");
    }

    @Test
    void aGuestIsCheckedInWithACompanionMovedSentAwayEarlyAndKeptLonger() throws Exception {
        LocalDate today = Api.businessDate();
        String type = typeWithRoomsFor(today, 3);
        String cn = book(type, today, 2, Platform.uniqueName("Stay"), 2);
        List<JsonNode> ready = list(get(frontdesk(cn, "assignable-rooms"), FRONT_DESK).ok(200));
        assertThat(ready).hasSizeGreaterThanOrEqualTo(2);
        String room = ready.get(0).path("number").asText();
        String other = ready.get(1).path("number").asText();

        post(frontdesk(cn, "check-in"), FRONT_DESK, Map.of("roomNumber", room, "documentType", "PASSPORT",
                "documentNumber", "X7654321", "companions", List.of(Map.of("firstName", "Mary"), Map.of("firstName", "Tom",
                        "lastName", "Two")))).problem(422, null);
        JsonNode in = post(frontdesk(cn, "check-in"), FRONT_DESK, Map.of("roomNumber", room, "documentType", "PASSPORT",
                "documentNumber", "X7654321", "nationality", "GB", "keys", 2, "deposit", 100,
                "companions", List.of(Map.of("firstName", "Mary", "lastName", "Shelley", "documentType", "ID_CARD",
                        "documentNumber", "ID998877")))).ok(200);
        assertThat(in.path("status").asText()).isEqualTo("IN_HOUSE");
        assertThat(in.path("companions").get(0).path("lastName").asText()).isEqualTo("Shelley");
        assertThat(in.path("keysIssued").asInt()).isEqualTo(2);
        assertThat(in.path("checkedInBy").asText()).isEqualTo("frontdesk");

        HttpResponse<byte[]> card = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Api.API + frontdesk(cn, "registration-card"))).header("Authorization", FRONT_DESK).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(new String(card.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

        // undone by mistake, and checked in again into the same room
        post(frontdesk(cn, "check-in/undo"), FRONT_DESK, Map.of("reason", "")).problem(422, null);
        JsonNode undone = post(frontdesk(cn, "check-in/undo"), FRONT_DESK, Map.of("reason", "wrong key cards")).ok(200);
        assertThat(undone.path("status").asText()).isNotEqualTo("IN_HOUSE");
        assertThat(get(frontdesk(cn, "folio"), FRONT_DESK).ok(200).path("balance").decimalValue()).isZero();
        post(frontdesk(cn, "check-in"), FRONT_DESK, Map.of("documentType", "PASSPORT", "documentNumber", "X7654321")).ok(200);

        // a move: to the same room or without a reason is refused; then the old room is dirty
        post(frontdesk(cn, "move"), FRONT_DESK, Map.of("roomNumber", room, "reason", "noise")).problem(422, "invalid-value");
        post(frontdesk(cn, "move"), FRONT_DESK, Map.of("roomNumber", other)).problem(422, null);
        JsonNode moved = post(frontdesk(cn, "move"), FRONT_DESK, Map.of("roomNumber", other, "reason", "noise")).ok(200);
        assertThat(moved.path("roomNumber").asText()).isEqualTo(other);
        JsonNode oldRoom = list(get("/rooms", FRONT_DESK).ok(200)).stream()
                .filter(r -> r.path("number").asText().equals(room)).findFirst().orElseThrow();
        assertThat(oldRoom.path("housekeeping").asText()).isEqualTo("DIRTY");
        assertThat(oldRoom.path("occupancy").asText()).isEqualTo("VACANT");

        // housekeeping cleans it, on its own login; the desk's lists stay closed to it
        JsonNode cleaned = put("/rooms/" + room + "/housekeeping", HOUSEKEEPING, Map.of("status", "CLEAN")).ok(200);
        assertThat(cleaned.path("housekeeping").asText()).isEqualTo("CLEAN");
        assertThat(cleaned.path("changedBy").asText()).isEqualTo("housekeeping");
        get("/frontdesk/in-house", HOUSEKEEPING).problem(403, "forbidden");
        put("/rooms/" + room + "/housekeeping", HOUSEKEEPING, Map.of("status", "SPARKLING")).problem(422, "invalid-value");

        // leaves a night early, then stays after all
        post(frontdesk(cn, "shorten"), FRONT_DESK, Map.of("departure", today.minusDays(1).toString())).problem(422, null);
        JsonNode shorter = post(frontdesk(cn, "shorten"), FRONT_DESK, Map.of("departure", today.plusDays(1).toString())).ok(200);
        assertThat(shorter.path("departure").asText()).isEqualTo(today.plusDays(1).toString());
        JsonNode longer = post(frontdesk(cn, "extend"), FRONT_DESK, Map.of("departure", today.plusDays(2).toString())).ok(200);
        assertThat(longer.path("departure").asText()).isEqualTo(today.plusDays(2).toString());
        assertThat(list(longer.path("history"))).extracting(e -> e.path("kind").asText())
                .contains("CHECKED_IN", "CHECK_IN_UNDONE", "MOVED", "SHORTENED", "EXTENDED");

        // a move planned for tomorrow night holds that room from then on; called off, the guest stays put
        post(frontdesk(cn, "moves"), FRONT_DESK, Map.of("roomNumber", room, "reason", "quieter", "on",
                today.toString())).problem(422, "invalid-value");
        JsonNode planned = post(frontdesk(cn, "moves"), FRONT_DESK, Map.of("roomNumber", room, "reason", "quieter",
                "on", today.plusDays(1).toString())).ok(200);
        assertThat(planned.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(list(get("/frontdesk/moves?date=" + today.plusDays(1), FRONT_DESK).ok(200)))
                .extracting(m -> m.path("id").asLong()).contains(planned.path("id").asLong());
        post("/frontdesk/moves/" + planned.path("id").asLong() + "/done", FRONT_DESK, null).problem(409, "too-early");
        JsonNode calledOff = post("/frontdesk/moves/" + planned.path("id").asLong() + "/cancel", FRONT_DESK, null).ok(200);
        assertThat(calledOff.path("status").asText()).isEqualTo("CANCELLED");

        post(frontdesk("IKNOSUCH1", "move"), FRONT_DESK, Map.of("roomNumber", room, "reason", "x")).problem(404, null);
    }

    @Test
    void aRoomOutOfOrderLeavesSaleAndComesBack() {
        LocalDate far = Api.farNight("SUP");
        int before = Api.roomsLeft("SUP", far);
        String room = list(get("/rooms", FRONT_DESK).ok(200)).stream()
                .filter(r -> r.path("roomType").asText().equals("SUP")).findFirst().orElseThrow().path("number").asText();
        JsonNode block = post("/rooms/" + room + "/blocks", FRONT_DESK, Map.of("kind", "OUT_OF_ORDER", "from", far.toString(),
                "to", far.plusDays(2).toString(), "reason", "new carpet")).ok(200);
        assertThat(Api.roomsLeft("SUP", far)).isEqualTo(before - 1);
        assertThat(list(get("/rooms/blocks?from=" + far, FRONT_DESK).ok(200)))
                .extracting(b -> b.path("id").asLong()).contains(block.path("id").asLong());
        post("/rooms/" + room + "/blocks", FRONT_DESK, Map.of("kind", "BROKEN", "from", far.toString(),
                "to", far.plusDays(1).toString(), "reason", "x")).problem(422, "invalid-value");
        post("/rooms/" + room + "/blocks", FRONT_DESK, Map.of("kind", "OUT_OF_ORDER", "from", far.toString(),
                "to", far.toString(), "reason", "x")).problem(422, "invalid-value");
        post("/rooms/blocks/" + block.path("id").asLong() + "/end", FRONT_DESK, null).ok(200);
        assertThat(Api.roomsLeft("SUP", far)).isEqualTo(before);
    }

    /** A room type with at least two rooms ready now and rooms left for every night from today. */
    private static String typeWithRoomsFor(LocalDate today, int nights) {
        Map<String, Long> ready = new java.util.HashMap<>();
        list(get("/rooms", FRONT_DESK).ok(200)).stream()
                .filter(r -> r.path("occupancy").asText().equals("VACANT") && !r.path("housekeeping").asText().equals("DIRTY")
                        && !r.hasNonNull("block"))
                .forEach(r -> ready.merge(r.path("roomType").asText(), 1L, Long::sum));
        return ready.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && Api.roomsLeft(e.getKey(), today, today.plusDays(nights)) >= 1)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new AssertionError("no room type with rooms ready and free today"));
    }
}
