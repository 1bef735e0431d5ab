package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.SECOND_CHANNEL;
import static org.innkeeper.it.rest.Api.booking;
import static org.innkeeper.it.rest.Api.farNight;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.offers;
import static org.innkeeper.it.rest.Api.post;
import static org.innkeeper.it.rest.Api.roomsLeft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The channel API: availability, booking, reading, cancelling, and every way a request can fail. */
class ReservationApiIT {

    @Test
    void availabilityOffersEveryNightsPriceAndTheirTotal() {
        LocalDate arrival = LocalDate.now().plusDays(40);
        List<JsonNode> offers = offers(DEMO_CHANNEL, arrival, arrival.plusDays(3), 2);

        assertThat(offers).isNotEmpty();
        assertThat(offers).extracting(offer -> offer.path("roomType").asText()).contains("STD", "SUP", "STE");
        for (JsonNode offer : offers) {
            assertThat(offer.path("ratePlan").asText()).isNotBlank();
            assertThat(offer.path("currency").asText()).isEqualTo("EUR");
            assertThat(offer.path("roomsLeft").asInt()).isPositive();
            assertThat(offer.path("maxOccupancy").asInt()).isGreaterThanOrEqualTo(2);
            JsonNode nights = offer.path("nights");
            assertThat(nights).hasSize(3);
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal vat = BigDecimal.ZERO;
            BigDecimal cityTax = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < 3; i++) {
                JsonNode night = nights.get(i);
                assertThat(night.path("night").asText()).isEqualTo(arrival.plusDays(i).toString());
                BigDecimal price = night.path("price").decimalValue();
                assertThat(price).isPositive();
                assertThat(night.path("net").decimalValue().add(night.path("vat").decimalValue()))
                        .as("the demo's VAT is included in the price").isEqualByComparingTo(price);
                assertThat(night.path("vat").decimalValue()).isPositive();
                assertThat(night.path("cityTax").decimalValue()).as("city tax 2.50 a person a night")
                        .isEqualByComparingTo("5.00");
                assertThat(night.path("total").decimalValue()).isEqualByComparingTo(price.add(night.path("cityTax").decimalValue()));
                net = net.add(night.path("net").decimalValue());
                vat = vat.add(night.path("vat").decimalValue());
                cityTax = cityTax.add(night.path("cityTax").decimalValue());
                total = total.add(night.path("total").decimalValue());
            }
            assertThat(offer.path("roomTotal").decimalValue()).as("the rooms without VAT").isEqualByComparingTo(net);
            assertThat(offer.path("vat").decimalValue()).isEqualByComparingTo(vat);
            assertThat(offer.path("cityTax").decimalValue()).isEqualByComparingTo(cityTax);
            assertThat(offer.path("total").decimalValue()).isEqualByComparingTo(total)
                    .isEqualByComparingTo(net.add(vat).add(cityTax));
            assertThat(offer.path("policies").path("summary").asText()).as("policies of %s", offer).isNotBlank();
        }
    }

    @Test
    void aChannelBooksReadsAndCancelsItsReservationWhichNoOtherChannelSees() {
        LocalDate night = farNight("SUP");
        LocalDate departure = night.plusDays(2);
        int leftBefore = roomsLeft("SUP", night, departure);

        Api.Reply booked = post("/reservations", DEMO_CHANNEL, booking("SUP", night, departure));

        JsonNode reservation = booked.ok(201);
        String confirmationNumber = reservation.path("confirmationNumber").asText();
        assertThat(confirmationNumber).isNotBlank();
        assertThat(booked.header("Location")).contains(Api.API + "/reservations/" + confirmationNumber);
        assertThat(reservation.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(reservation.path("channel").asText()).isEqualTo("DEMO");
        assertThat(reservation.path("roomType").asText()).isEqualTo("SUP");
        assertThat(reservation.path("nights").asInt()).isEqualTo(2);
        assertThat(reservation.path("guest").path("lastName").asText()).isEqualTo("Lovelace");
        assertThat(reservation.path("nightlyPrices")).hasSize(2);
        assertThat(reservation.path("total").decimalValue()).isEqualByComparingTo(
                reservation.path("nightlyPrices").get(0).path("total").decimalValue()
                        .add(reservation.path("nightlyPrices").get(1).path("total").decimalValue()));
        assertThat(roomsLeft("SUP", night, departure)).isEqualTo(leftBefore - 1);

        JsonNode readBack = get("/reservations/" + confirmationNumber, DEMO_CHANNEL).ok(200);
        assertThat(readBack.path("confirmationNumber").asText()).isEqualTo(confirmationNumber);
        assertThat(readBack.path("total").decimalValue()).isEqualByComparingTo(reservation.path("total").decimalValue());

        get("/reservations/" + confirmationNumber, SECOND_CHANNEL).problem(404, "not-found");
        post("/reservations/" + confirmationNumber + "/cancel", SECOND_CHANNEL, null).problem(404, "not-found");
        assertThat(get("/reservations/" + confirmationNumber, Api.FRONT_DESK).ok(200).path("channel").asText())
                .isEqualTo("DEMO");

        JsonNode cancelled = post("/reservations/" + confirmationNumber + "/cancel", DEMO_CHANNEL, null).ok(200);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(roomsLeft("SUP", night, departure)).isEqualTo(leftBefore);
        post("/reservations/" + confirmationNumber + "/cancel", DEMO_CHANNEL, null).problem(409, "invalid-state");
    }

    @Test
    void theDeskBooksByPhone() {
        LocalDate night = farNight("TWN");
        JsonNode reservation = post("/reservations", Api.FRONT_DESK, booking("TWN", night, night.plusDays(1))).ok(201);
        assertThat(reservation.path("channel").asText()).isEqualTo("DESK_PHONE");
        get("/reservations/" + reservation.path("confirmationNumber").asText(), DEMO_CHANNEL).problem(404, "not-found");
        post("/reservations/" + reservation.path("confirmationNumber").asText() + "/cancel", Api.FRONT_DESK, null).ok(200);
    }

    @Test
    void withoutOrWithWrongCredentialsTheAnswerIs401() {
        LocalDate arrival = LocalDate.now().plusDays(30);
        String search = "/availability?arrival=" + arrival + "&departure=" + arrival.plusDays(1) + "&adults=1";
        for (String authorization : new String[] {null, "Bearer no-such-key", "Bearer ", "Token demo-channel-key",
                Api.basic("frontdesk", "wrong"), "Basic not-base64!"}) {
            Api.Reply reply = get(search, authorization);
            reply.problem(401, "unauthorized");
            assertThat(reply.headers("WWW-Authenticate")).contains("Bearer realm=\"innkeeper\"");
        }
        post("/reservations", null, booking("STD", arrival, arrival.plusDays(1))).problem(401, "unauthorized");
    }

    @Test
    void invalidBookingsAre422NamingTheFieldAndChangeNothing() {
        LocalDate night = farNight("STD");
        int leftBefore = roomsLeft("STD", night);

        assertInvalid(booking("STD", night, night.minusDays(1)), "departure");
        assertInvalid(booking("STD", night, night.plusYears(10)), "departure");
        assertInvalid(booking("NOPE", night, night.plusDays(1)), "roomType");
        assertInvalid(booking("STD", "BAR", night, night.plusDays(1), 1, null), "guest.lastName");
        assertInvalid(booking("STD", "BAR", night, night.plusDays(1), 1, " "), "guest.lastName");
        assertInvalid(booking("STD", "BAR", night, night.plusDays(1), 0, "Lovelace"), "adults");
        Map<String, Object> noArrival = booking("STD", night, night.plusDays(1));
        noArrival.remove("arrival");
        assertInvalid(noArrival, "arrival");

        assertThat(roomsLeft("STD", night)).isEqualTo(leftBefore);
    }

    @Test
    void availabilityWithBadParametersIs422NamingTheParameter() {
        LocalDate arrival = LocalDate.now().plusDays(30);
        assertThat(get("/availability?departure=" + arrival + "&adults=1", DEMO_CHANNEL)
                .problem(422, "invalid-value").path("field").asText()).isEqualTo("arrival");
        assertThat(get("/availability?arrival=" + arrival + "&departure=31.12.2030&adults=1", DEMO_CHANNEL)
                .problem(422, "invalid-value").path("field").asText()).isEqualTo("departure");
        assertThat(get("/availability?arrival=" + arrival + "&departure=" + arrival.plusDays(1) + "&adults=two",
                DEMO_CHANNEL).problem(422, "invalid-value").path("field").asText()).isEqualTo("adults");
        assertThat(get("/availability?arrival=" + arrival + "&departure=" + arrival.minusDays(1) + "&adults=1",
                DEMO_CHANNEL).problem(422, "invalid-value").path("field").asText()).isEqualTo("departure");
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        LocalDate night = farNight("STD");
        int leftBefore = roomsLeft("STD", night);

        post("/reservations", DEMO_CHANNEL, "{\"roomType\": \"STD\", \"ratePlan\": ").problem(400, "bad-request");
        post("/reservations", DEMO_CHANNEL, "{\"roomType\": \"STD\", \"arrival\": \"31.12.2030\"}")
                .problem(400, "bad-request");
        post("/reservations", DEMO_CHANNEL, "[1, 2, 3]").problem(400, "bad-request");

        assertThat(roomsLeft("STD", night)).isEqualTo(leftBefore);
    }

    @Test
    void whenTheLastRoomOfATypeIsGoneTheNextBookingIs409AndBooksNothing() {
        LocalDate night = farNight("STE");
        int left = roomsLeft("STE", night);

        for (int i = 0; i < left; i++) {
            post("/reservations", DEMO_CHANNEL, booking("STE", night, night.plusDays(1))).ok(201);
        }
        assertThat(roomsLeft("STE", night)).isZero();
        int nextNightLeft = roomsLeft("STE", night.plusDays(1));

        JsonNode problem = post("/reservations", DEMO_CHANNEL, booking("STE", night, night.plusDays(2)))
                .problem(409, "no-availability");
        assertThat(problem.path("field").asText()).isEqualTo("roomType");
        assertThat(problem.path("detail").asText()).isNotBlank();

        assertThat(roomsLeft("STE", night.plusDays(1))).as("nothing of the stay was booked").isEqualTo(nextNightLeft);
    }

    @Test
    void unknownAddressesAndMethodsAreProblemsToo() {
        get("/reservations/no-such-number", DEMO_CHANNEL).problem(404, "not-found");
        get("/no-such-resource", DEMO_CHANNEL).problem(404, "not-found");
        Api.Reply wrongMethod = Api.put("/availability", DEMO_CHANNEL, "{}");
        wrongMethod.problem(405, "method-not-allowed");
        assertThat(wrongMethod.header("Allow")).isPresent();
    }

    private static void assertInvalid(Map<String, Object> booking, String field) {
        JsonNode problem = post("/reservations", DEMO_CHANNEL, booking).problem(422, "invalid-value");
        assertThat(problem.path("field").asText()).as("field of %s", problem).isEqualTo(field);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }
}
