package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.booking;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;
import static org.innkeeper.it.rest.Api.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Reservation, arrival, stay and departure of one guest, all over REST. */
class GuestCycleApiIT {

    @Test
    void aGuestBookedByAChannelIsCheckedInChargedSettledAndCheckedOut() {
        LocalDate today = Api.businessDate();
        String roomType = roomTypeToSell(today);

        // 1. reservation, by a channel
        JsonNode reservation = post("/reservations", DEMO_CHANNEL,
                booking(roomType, "BAR", today, today.plusDays(1), 1, "Cycle")).ok(201);
        String cn = reservation.path("confirmationNumber").asText();
        BigDecimal roomNight = reservation.path("nightlyPrices").get(0).path("price").decimalValue();
        BigDecimal cityTax = reservation.path("cityTax").decimalValue();
        BigDecimal stay = reservation.path("total").decimalValue();
        assertThat(cityTax).as("city tax of one adult, one night").isEqualByComparingTo("2.50");
        assertThat(stay).isEqualByComparingTo(roomNight.add(cityTax));
        assertThat(reservation.path("roomTotal").decimalValue().add(reservation.path("vat").decimalValue()))
                .as("the room night is its net and its VAT").isEqualByComparingTo(roomNight);

        // 2. arrival: due in today, a vacant clean room of the type, registration with a passport
        assertThat(list(get("/frontdesk/arrivals", FRONT_DESK).ok(200)))
                .extracting(r -> r.path("confirmationNumber").asText()).contains(cn);
        assertThat(list(get("/frontdesk/arrivals?date=" + today, FRONT_DESK).ok(200)))
                .extracting(r -> r.path("confirmationNumber").asText()).contains(cn);
        List<JsonNode> assignable = list(get("/frontdesk/reservations/" + cn + "/assignable-rooms", FRONT_DESK).ok(200));
        assertThat(assignable).isNotEmpty().allSatisfy(room -> {
            assertThat(room.path("roomType").asText()).isEqualTo(roomType);
            assertThat(room.path("occupancy").asText()).isEqualTo("VACANT");
            assertThat(room.path("housekeeping").asText()).isIn("CLEAN", "INSPECTED");
        });
        String roomNumber = assignable.get(0).path("number").asText();

        post("/frontdesk/reservations/" + cn + "/check-in", FRONT_DESK,
                Map.of("roomNumber", roomNumber, "documentType", "PASSPORT")).problem(422, "invalid-value");
        JsonNode checkedIn = post("/frontdesk/reservations/" + cn + "/check-in", FRONT_DESK,
                Map.of("roomNumber", roomNumber, "documentType", "PASSPORT", "documentNumber", "X1234567",
                        "earlyCheckInFee", 0)).ok(200); // waived: an early arrival's fee depends on the hour this runs at
        assertThat(checkedIn.path("status").asText()).isEqualTo("IN_HOUSE");
        assertThat(checkedIn.path("roomNumber").asText()).isEqualTo(roomNumber);
        assertThat(list(get("/frontdesk/in-house", FRONT_DESK).ok(200)))
                .extracting(r -> r.path("confirmationNumber").asText()).contains(cn);
        assertThat(room(roomNumber).path("occupancy").asText()).isEqualTo("OCCUPIED");
        assertThat(list(get("/frontdesk/departures?date=" + today.plusDays(1), FRONT_DESK).ok(200)))
                .extracting(r -> r.path("confirmationNumber").asText()).contains(cn);

        // 3. stay: tonight's room and city tax come with tonight's night audit, so the folio starts
        // empty (the nights booked are on the reservation); a charge is posted
        JsonNode folio = get("/frontdesk/reservations/" + cn + "/folio", FRONT_DESK).ok(200);
        assertThat(folio.path("postings")).isEmpty();
        assertThat(folio.path("balance").decimalValue()).isZero();
        assertThat(roomNight.add(cityTax)).isEqualByComparingTo(stay);

        Api.Reply charged = post("/frontdesk/reservations/" + cn + "/folio/charges", FRONT_DESK,
                Map.of("article", "MINIBAR", "description", "Two sodas", "amount", new BigDecimal("7.50")));
        folio = charged.ok(201);
        assertThat(charged.header("Location")).get().asString().endsWith("/reservations/" + cn + "/folio");
        BigDecimal balance = folio.path("balance").decimalValue();
        assertThat(balance).isEqualByComparingTo("7.50");
        assertThat(folio.path("postings").get(0).path("vat").decimalValue()).as("19 %% VAT included").isEqualByComparingTo("1.20");
        assertThat(folio.path("charges").decimalValue()).isEqualByComparingTo(balance);
        // absurd amounts are bad input, and change nothing
        post("/frontdesk/reservations/" + cn + "/folio/charges", FRONT_DESK,
                "{\"article\":\"BAR\",\"description\":\"x\",\"amount\":1e2147483647}").problem(422, "invalid-value");
        post("/frontdesk/reservations/" + cn + "/folio/charges", FRONT_DESK,
                Map.of("article", "BAR", "description", "x", "amount", new BigDecimal("-5"))).problem(422, "invalid-value");
        assertThat(get("/frontdesk/reservations/" + cn + "/folio", FRONT_DESK).ok(200).path("balance").decimalValue())
                .isEqualByComparingTo(balance);

        // 4. departure: refused while the balance is open, then paid by card and checked out
        post("/frontdesk/reservations/" + cn + "/check-out", FRONT_DESK, null).problem(409, "balance-not-zero");
        JsonNode fullCardNumber = post("/frontdesk/reservations/" + cn + "/folio/payments", FRONT_DESK,
                Map.of("method", "CARD", "amount", balance, "cardLast4", "4242424242424242"))
                .problem(422, "invalid-value");
        assertThat(fullCardNumber.path("field").asText()).isEqualTo("cardLast4");
        assertThat(fullCardNumber.path("errors").get(0).path("field").asText()).isEqualTo("cardLast4");
        assertThat(fullCardNumber.toString()).doesNotContain("4242424242424242");

        folio = post("/frontdesk/reservations/" + cn + "/folio/payments", FRONT_DESK,
                Map.of("method", "CARD", "amount", balance, "cardLast4", "4242")).ok(201);
        assertThat(folio.path("balance").decimalValue()).isZero();
        assertThat(folio.path("payments").decimalValue()).isEqualByComparingTo(balance);
        assertThat(folio.path("postings")).anySatisfy(posting -> {
            assertThat(posting.path("type").asText()).isEqualTo("PAYMENT");
            assertThat(posting.path("cardLast4").asText()).isEqualTo("4242");
        });

        JsonNode checkedOut = post("/frontdesk/reservations/" + cn + "/check-out", FRONT_DESK, null).ok(200);
        assertThat(checkedOut.path("status").asText()).isEqualTo("CHECKED_OUT");

        JsonNode room = room(roomNumber);
        assertThat(room.path("occupancy").asText()).isEqualTo("VACANT");
        assertThat(room.path("housekeeping").asText()).isEqualTo("DIRTY");
        // housekeeping cleans the room: it can be sold and given again
        put("/rooms/" + roomNumber + "/housekeeping", FRONT_DESK, Map.of("status", "SPARKLING"))
                .problem(422, "invalid-value");
        put("/rooms/999/housekeeping", FRONT_DESK, Map.of("status", "CLEAN")).problem(404, "not-found");
        put("/rooms/" + roomNumber + "/housekeeping", DEMO_CHANNEL, Map.of("status", "CLEAN")).problem(403, "forbidden");
        assertThat(room(roomNumber).path("housekeeping").asText()).isEqualTo("DIRTY");
        JsonNode cleaned = put("/rooms/" + roomNumber + "/housekeeping", FRONT_DESK, Map.of("status", "CLEAN")).ok(200);
        assertThat(cleaned.path("housekeeping").asText()).isEqualTo("CLEAN");
        assertThat(room(roomNumber).path("housekeeping").asText()).isEqualTo("CLEAN");
        assertThat(get("/reservations/" + cn, DEMO_CHANNEL).ok(200).path("status").asText()).isEqualTo("CHECKED_OUT");
        assertThat(list(get("/frontdesk/in-house", FRONT_DESK).ok(200)))
                .extracting(r -> r.path("confirmationNumber").asText()).doesNotContain(cn);
    }

    @Test
    void theDeskApiIsClosedToChannels() {
        get("/frontdesk/overview", DEMO_CHANNEL).problem(403, "forbidden");
        get("/rooms", DEMO_CHANNEL).problem(403, "forbidden");
        post("/frontdesk/reservations/X/check-out", DEMO_CHANNEL, null).problem(403, "forbidden");
        get("/rooms", null).problem(401, "unauthorized");
        JsonNode overview = get("/frontdesk/overview", Api.MANAGER).ok(200);
        assertThat(overview.path("totalRooms").asInt()).isEqualTo(60);
    }

    /** A type offered tonight whose vacant clean rooms are the most. */
    private static String roomTypeToSell(LocalDate today) {
        Map<String, Long> vacantClean = list(get("/rooms", FRONT_DESK).ok(200)).stream()
                .filter(room -> room.path("occupancy").asText().equals("VACANT"))
                .filter(room -> !room.path("housekeeping").asText().equals("DIRTY"))
                .collect(Collectors.groupingBy(room -> room.path("roomType").asText(), Collectors.counting()));
        return Api.offers(DEMO_CHANNEL, today, today.plusDays(1), 1).stream()
                .filter(offer -> offer.path("roomsLeft").asInt() > 0)
                .map(offer -> offer.path("roomType").asText())
                .filter(vacantClean::containsKey)
                .max(Comparator.comparing(vacantClean::get))
                .orElseThrow(() -> new AssertionError("no room type with rooms left and a clean room tonight"));
    }

    private static JsonNode room(String number) {
        return list(get("/rooms", FRONT_DESK).ok(200)).stream()
                .filter(room -> room.path("number").asText().equals(number))
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> list(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
