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
import static org.innkeeper.it.rest.Api.roomsLeft;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Phase 1 in depth over the channel API: restrictions with their reasons and alternatives,
 * modification, the cancellation fee, options, guarantees, bookings of several rooms, the waitlist
 * and a channel's sync of its own changes.
 */
class ReservationLifecycleApiIT {

    /** The demo sells arrivals on 30 December only for two nights or more. */
    @Test
    void aRestrictedStaySaysWhyAndOffersOtherDates() {
        LocalDate today = Api.businessDate();
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 30);
        if (!yearEnd.isAfter(today)) {
            yearEnd = yearEnd.plusYears(1);
        }

        JsonNode answer = Api.availability(DEMO_CHANNEL, yearEnd, yearEnd.plusDays(1), 1);
        assertThat(answer.path("offers")).isEmpty();
        assertThat(answer.path("unavailable")).isNotEmpty().allSatisfy(u -> assertThat(u.path("reasons"))
                .anySatisfy(r -> {
                    assertThat(r.path("code").asText()).isEqualTo("min-stay");
                    assertThat(r.path("message").asText()).contains("minimum stay 2 nights");
                    assertThat(r.path("nights").asInt()).isEqualTo(2);
                }));
        assertThat(answer.path("alternatives")).isNotEmpty().allSatisfy(alt -> {
            assertThat(alt.path("arrival").asText() + alt.path("departure").asText()).as("other dates")
                    .isNotEqualTo(answer.path("arrival").asText() + answer.path("departure").asText());
            assertThat(alt.path("total").decimalValue()).isPositive();
            assertThat(alt.path("roomsLeft").asInt()).isPositive();
        });

        JsonNode refused = post("/reservations", DEMO_CHANNEL, booking("STD", yearEnd, yearEnd.plusDays(1)))
                .problem(409, null);
        assertThat(refused.path("reasons")).anySatisfy(r -> {
            assertThat(r.path("code").asText()).isEqualTo("min-stay");
            assertThat(r.path("nights").asInt()).isEqualTo(2);
        });
        assertThat(Api.offers(DEMO_CHANNEL, yearEnd, yearEnd.plusDays(2), 1)).isNotEmpty();
    }

    @Test
    void aChannelModifiesItsBookingWhichIsRepricedOrLeftUntouched() {
        LocalDate night = farNight("SUP");
        JsonNode booked = post("/reservations", DEMO_CHANNEL, booking("SUP", night, night.plusDays(1))).ok(201);
        String cn = booked.path("confirmationNumber").asText();
        int thirdNightLeft = roomsLeft("SUP", night.plusDays(1));

        JsonNode longer = Api.patch("/reservations/" + cn, DEMO_CHANNEL,
                Map.of("departure", night.plusDays(2).toString(), "adults", 2)).ok(200);
        assertThat(longer.path("nights").asInt()).isEqualTo(2);
        assertThat(longer.path("adults").asInt()).isEqualTo(2);
        assertThat(longer.path("nightlyPrices")).hasSize(2);
        assertThat(longer.path("total").decimalValue()).isGreaterThan(booked.path("total").decimalValue());
        assertThat(roomsLeft("SUP", night.plusDays(1))).isEqualTo(thirdNightLeft - 1);

        Api.patch("/reservations/" + cn, DEMO_CHANNEL, Map.of("roomType", "NOPE")).problem(422, "invalid-value");
        Api.patch("/reservations/" + cn, DEMO_CHANNEL, Map.of("departure", night.minusDays(3).toString()))
                .problem(422, "invalid-value");
        Api.patch("/reservations/" + cn, DEMO_CHANNEL, "{\"adults\": \"two\"}").problem(400, "bad-request");
        Api.patch("/reservations/" + cn, SECOND_CHANNEL, Map.of("adults", 1)).problem(404, "not-found");
        JsonNode unchanged = get("/reservations/" + cn, DEMO_CHANNEL).ok(200);
        assertThat(unchanged.path("nights").asInt()).isEqualTo(2);
        assertThat(unchanged.path("adults").asInt()).isEqualTo(2);
        assertThat(unchanged.path("total").decimalValue()).isEqualByComparingTo(longer.path("total").decimalValue());

        post("/reservations/" + cn + "/cancel", DEMO_CHANNEL, null).ok(200);
        Api.patch("/reservations/" + cn, DEMO_CHANNEL, Map.of("adults", 1)).problem(409, null);
        assertThat(roomsLeft("SUP", night.plusDays(1))).isEqualTo(thirdNightLeft);
    }

    @Test
    void aNonRefundableRateNeedsACardAndCostsTheWholeStayToCancel() {
        LocalDate night = farNight("STD");
        Map<String, Object> nrf = booking("STD", "NRF", night, night.plusDays(2), 1, "Prepaid");
        post("/reservations", DEMO_CHANNEL, nrf).problem(422, "invalid-value");
        assertThat(post("/reservations", DEMO_CHANNEL, nrf).json().path("field").asText()).isEqualTo("cardLast4");

        nrf.put("cardLast4", "4242");
        JsonNode booked = post("/reservations", DEMO_CHANNEL, nrf).ok(201);
        assertThat(booked.path("status").asText()).isEqualTo("GUARANTEED");
        assertThat(booked.path("guaranteeCardLast4").asText()).isEqualTo("4242");
        assertThat(booked.path("policies").path("refundable").asBoolean()).isFalse();
        String cn = booked.path("confirmationNumber").asText();
        BigDecimal rooms = booked.path("roomTotal").decimalValue().add(booked.path("vat").decimalValue());

        JsonNode quote = get("/reservations/" + cn + "/cancellation", DEMO_CHANNEL).ok(200);
        assertThat(quote.path("fee").decimalValue()).as("the rooms, without the city tax").isEqualByComparingTo(rooms);
        JsonNode cancelled = post("/reservations/" + cn + "/cancel", DEMO_CHANNEL, null).ok(200);
        assertThat(cancelled.path("feeCharged").decimalValue()).isEqualByComparingTo(rooms);

        LocalDate other = farNight("TWN");
        JsonNode flexible = post("/reservations", DEMO_CHANNEL, booking("TWN", other, other.plusDays(1))).ok(201);
        assertThat(get("/reservations/" + flexible.path("confirmationNumber").asText() + "/cancellation", DEMO_CHANNEL)
                .ok(200).path("fee").decimalValue()).as("free until a day before arrival").isZero();
        post("/reservations/" + flexible.path("confirmationNumber").asText() + "/cancel", DEMO_CHANNEL, null).ok(200);
    }

    @Test
    void anOptionHoldsTheRoomUntilTakenUpAndACardGuaranteesIt() {
        LocalDate night = farNight("FAM");
        int left = roomsLeft("FAM", night);
        Map<String, Object> request = booking("FAM", night, night.plusDays(1));
        Instant until = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        request.put("optionUntil", until.toString());

        JsonNode option = post("/reservations", DEMO_CHANNEL, request).ok(201);
        assertThat(option.path("status").asText()).isEqualTo("OPTION");
        assertThat(Instant.parse(option.path("optionExpiresAt").asText())).isEqualTo(until);
        assertThat(roomsLeft("FAM", night)).isEqualTo(left - 1);
        String cn = option.path("confirmationNumber").asText();

        post("/reservations/" + cn + "/guarantee", DEMO_CHANNEL, Map.of("cardLast4", "12345")).problem(422, "invalid-value");
        JsonNode confirmed = post("/reservations/" + cn + "/confirm", DEMO_CHANNEL, "{}").ok(200);
        assertThat(confirmed.path("status").asText()).isEqualTo("CONFIRMED");
        post("/reservations/" + cn + "/confirm", DEMO_CHANNEL, "{}").problem(409, null);
        JsonNode guaranteed = post("/reservations/" + cn + "/guarantee", DEMO_CHANNEL, Map.of("cardLast4", "1234")).ok(200);
        assertThat(guaranteed.path("status").asText()).isEqualTo("GUARANTEED");
        post("/reservations/" + cn + "/cancel", DEMO_CHANNEL, null).ok(200);
        assertThat(roomsLeft("FAM", night)).isEqualTo(left);
    }

    @Test
    void aFamilyBooksSeveralRoomsAllOrNone() {
        LocalDate night = farNight("TWN");
        int left = roomsLeft("TWN", night);
        Map<String, Object> family = group(night, List.of(room("TWN", 2, 0), room("STD", 1, 1)));

        Api.Reply booked = post("/bookings", DEMO_CHANNEL, family);
        JsonNode group = booked.ok(201);
        String reference = group.path("reference").asText();
        assertThat(booked.header("Location")).contains(Api.API + "/bookings/" + reference);
        assertThat(group.path("reservations")).hasSize(2).allSatisfy(r -> {
            assertThat(r.path("bookingReference").asText()).isEqualTo(reference);
            assertThat(r.path("channel").asText()).isEqualTo("DEMO");
        });
        assertThat(group.path("total").decimalValue()).isEqualByComparingTo(group.path("reservations").get(0)
                .path("total").decimalValue().add(group.path("reservations").get(1).path("total").decimalValue()));
        assertThat(get("/bookings/" + reference, DEMO_CHANNEL).ok(200).path("reservations")).hasSize(2);
        get("/bookings/" + reference, SECOND_CHANNEL).problem(404, "not-found");
        assertThat(roomsLeft("TWN", night)).isEqualTo(left - 1);

        // one suite more than are left, and a double that is free: nothing is booked
        int suitesLeft = roomsLeft("STE", night);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        tooMany.add(room("STD", 1, 0));
        for (int i = 0; i <= suitesLeft; i++) {
            tooMany.add(room("STE", 1, 0));
        }
        assertThat(tooMany).as("a booking holds at most 10 rooms").hasSizeLessThanOrEqualTo(10);
        int stdLeft = roomsLeft("STD", night);
        post("/bookings", DEMO_CHANNEL, group(night, tooMany)).problem(409, "no-availability");
        assertThat(roomsLeft("STE", night)).isEqualTo(suitesLeft);
        assertThat(roomsLeft("STD", night)).as("the room that was left is not taken either").isEqualTo(stdLeft);
        post("/bookings", DEMO_CHANNEL, group(night, List.of(room("STD", 1, 0), room("NOPE", 1, 0))))
                .problem(422, "invalid-value");

        for (JsonNode r : group.path("reservations")) {
            post("/reservations/" + r.path("confirmationNumber").asText() + "/cancel", DEMO_CHANNEL, null).ok(200);
        }
    }

    @Test
    void aWaitlistedGuestIsOfferedTheRoomSomeoneCancels() throws InterruptedException {
        LocalDate night = farNight("STE");
        List<String> holders = new ArrayList<>();
        while (roomsLeft("STE", night) > 0) {
            holders.add(post("/reservations", DEMO_CHANNEL, booking("STE", night, night.plusDays(1))).ok(201)
                    .path("confirmationNumber").asText());
        }
        Map<String, Object> request = booking("STE", night, night.plusDays(1));
        request.put("waitlist", true);
        JsonNode waiting = post("/reservations", DEMO_CHANNEL, request).ok(201);
        assertThat(waiting.path("status").asText()).isEqualTo("WAITLISTED");
        String cn = waiting.path("confirmationNumber").asText();

        post("/reservations/" + holders.get(0) + "/cancel", DEMO_CHANNEL, null).ok(200);

        JsonNode offered = waiting;
        for (int i = 0; i < 40 && offered.path("status").asText().equals("WAITLISTED"); i++) {
            Thread.sleep(250);
            offered = get("/reservations/" + cn, DEMO_CHANNEL).ok(200);
        }
        assertThat(offered.path("status").asText()).as("offered the freed room").isEqualTo("OPTION");
        assertThat(offered.path("optionExpiresAt").asText()).isNotBlank();
        assertThat(roomsLeft("STE", night)).isZero();

        holders.add(cn);
        for (String holder : holders.subList(1, holders.size())) {
            post("/reservations/" + holder + "/cancel", DEMO_CHANNEL, null).ok(200);
        }
    }

    @Test
    void aChannelSyncsItsOwnChangesOnly() {
        Instant since = Instant.now().minusSeconds(2);
        LocalDate night = farNight("STD");
        String mine = post("/reservations", DEMO_CHANNEL, booking("STD", night, night.plusDays(1))).ok(201)
                .path("confirmationNumber").asText();
        String theirs = post("/reservations", SECOND_CHANNEL, booking("STD", night, night.plusDays(1))).ok(201)
                .path("confirmationNumber").asText();
        post("/reservations/" + mine + "/cancel", DEMO_CHANNEL, null).ok(200);

        JsonNode changed = get("/reservations?modifiedSince=" + since, DEMO_CHANNEL).ok(200);
        List<String> numbers = new ArrayList<>();
        changed.forEach(r -> numbers.add(r.path("confirmationNumber").asText()));
        assertThat(numbers).contains(mine).doesNotContain(theirs);
        changed.forEach(r -> assertThat(r.path("channel").asText()).isEqualTo("DEMO"));
        assertThat(changed).filteredOn(r -> r.path("confirmationNumber").asText().equals(mine))
                .singleElement().satisfies(r -> assertThat(r.path("status").asText()).isEqualTo("CANCELLED"));

        assertThat(get("/reservations?modifiedSince=" + since + "&limit=1", DEMO_CHANNEL).ok(200)).hasSize(1);
        get("/reservations?modifiedSince=yesterday", DEMO_CHANNEL).problem(422, "invalid-value");
        get("/reservations?modifiedSince=" + since + "&limit=0", DEMO_CHANNEL).problem(422, "invalid-value");
        get("/reservations?modifiedSince=" + since, FRONT_DESK).problem(403, "forbidden");
        post("/reservations/" + theirs + "/cancel", SECOND_CHANNEL, null).ok(200);
    }

    @Test
    void theDeskMarksAGuestWhoDidNotComeAsANoShowFromTheArrivalDateOn() {
        LocalDate today = Api.businessDate();
        String roomType = Api.offers(DEMO_CHANNEL, today, today.plusDays(1), 1).stream()
                .filter(o -> o.path("ratePlan").asText().equals("BAR")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing left tonight")).path("roomType").asText();
        int left = roomsLeft(roomType, today);
        JsonNode booked = post("/reservations", DEMO_CHANNEL, booking(roomType, today, today.plusDays(1))).ok(201);
        String cn = booked.path("confirmationNumber").asText();

        post("/frontdesk/reservations/" + cn + "/no-show", DEMO_CHANNEL, null).problem(403, "forbidden");
        // Before the hotel's no-show hour the guest due today may still come (issue 10, defect 10): 23:00 is
        // ahead unless this runs in the hotel's last hour of the day, or past midnight of the business date.
        java.time.ZonedDateTime hotelNow = java.time.ZonedDateTime.now(java.time.ZoneId.of(
                get("/setup/hotel", MANAGER).ok(200).path("timeZone").asText()));
        if (hotelNow.toLocalDate().equals(today) && hotelNow.getHour() < 23) {
            Api.withNoShowHour(23, () -> {
                assertThat(get("/reservations/" + cn, DEMO_CHANNEL).ok(200).path("noShowPossible").asBoolean()).isFalse();
                post("/frontdesk/reservations/" + cn + "/no-show", FRONT_DESK, null).problem(409, "too-early");
            });
        }
        put("/setup/hotel", FRONT_DESK, Map.of()).problem(403, null);
        Api.withNoShowHour(0, () -> assertThat(get("/reservations/" + cn, DEMO_CHANNEL).ok(200)
                .path("noShowPossible").asBoolean()).isTrue());
        JsonNode[] marked = new JsonNode[1];
        Api.withNoShowHour(0, () -> marked[0] = post("/frontdesk/reservations/" + cn + "/no-show", FRONT_DESK, null).ok(200));
        JsonNode noShow = marked[0];
        assertThat(noShow.path("status").asText()).isEqualTo("NO_SHOW");
        assertThat(noShow.path("feeCharged").decimalValue()).as("BAR: the first night")
                .isEqualByComparingTo(booked.path("nightlyPrices").get(0).path("price").decimalValue());
        assertThat(roomsLeft(roomType, today)).isEqualTo(left);
        post("/frontdesk/reservations/" + cn + "/no-show", FRONT_DESK, null).problem(409, null);

        LocalDate night = farNight("STD");
        String later = post("/reservations", DEMO_CHANNEL, booking("STD", night, night.plusDays(1))).ok(201)
                .path("confirmationNumber").asText();
        post("/frontdesk/reservations/" + later + "/no-show", FRONT_DESK, null).problem(409, "too-early");
        post("/reservations/" + later + "/cancel", DEMO_CHANNEL, null).ok(200);
    }

    private static Map<String, Object> room(String type, int adults, int children) {
        Map<String, Object> room = new LinkedHashMap<>();
        room.put("roomType", type);
        room.put("ratePlan", "BAR");
        room.put("adults", adults);
        room.put("children", children);
        return room;
    }

    private static Map<String, Object> group(LocalDate night, List<Map<String, Object>> rooms) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("arrival", night.toString());
        request.put("departure", night.plusDays(1).toString());
        request.put("rooms", rooms);
        request.put("guest", Map.of("firstName", "Ada", "lastName", "Family", "email", "family@example.org"));
        request.put("source", "integration test");
        return request;
    }
}
