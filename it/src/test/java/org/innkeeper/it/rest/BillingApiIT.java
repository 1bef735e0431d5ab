package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;
import static org.innkeeper.it.rest.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stay's account over the staff API: charges from the service catalogue with their VAT and
 * department, a correction the same day, payments and a refund with its reason; the catalogue kept
 * by managers. Bad input is refused with problem+json and changes nothing.
 */
class BillingApiIT {

    @Test
    void chargesComeFromTheCatalogueAndAreCorrectedByReversingPostings() {
        JsonNode articles = get("/frontdesk/articles", FRONT_DESK).ok(200);
        assertThat(articles.findValuesAsText("code")).contains("MINIBAR", "PARKING", "LATE_CHECKOUT")
                .doesNotContain("ROOM", "CITY_TAX", "NO_SHOW");

        StayFixtures.Guest guest = StayFixtures.inHouse("Billing", 2);
        String folio = "/frontdesk/reservations/" + guest.confirmationNumber() + "/folio";
        try {
            // two nights of parking at the list price (15.00, 19 % VAT)
            JsonNode parked = post(folio + "/charges", FRONT_DESK, Map.of("article", "PARKING", "quantity", 2)).ok(201);
            JsonNode parking = last(parked);
            assertThat(parking.path("amount").decimalValue()).isEqualByComparingTo("30.00");
            assertThat(parking.path("net").decimalValue()).isEqualByComparingTo("25.21");
            assertThat(parking.path("vat").decimalValue()).isEqualByComparingTo("4.79");
            assertThat(parking.path("department").asText()).isEqualTo("PARKING");
            assertThat(parking.path("postedBy").asText()).isEqualTo("frontdesk");
            assertThat(parked.path("balance").decimalValue()).isEqualByComparingTo("30.00");

            // what the audit and the policies post is not posted by hand; an unknown article is refused
            post(folio + "/charges", FRONT_DESK, Map.of("article", "ROOM", "amount", 100)).problem(422, "invalid-value");
            post(folio + "/charges", FRONT_DESK, Map.of("article", "CASINO", "amount", 100)).problem(422, "invalid-value");
            post(folio + "/charges", FRONT_DESK, Map.of("article", "MINIBAR")).problem(422, "invalid-value");
            post(folio + "/charges", FRONT_DESK, Map.of("article", "MINIBAR", "amount", 5,
                    "description", "card 4111 1111 1111 1111")).problem(422, "invalid-value");
            assertThat(get(folio, FRONT_DESK).ok(200).path("postings")).hasSize(1);

            // a same-day correction by the clerk: the posting stays, a reversal cancels it
            long id = parking.path("id").asLong();
            post(folio + "/postings/" + id + "/reversal", FRONT_DESK, Map.of("reason", " ")).problem(422, null);
            JsonNode corrected = post(folio + "/postings/" + id + "/reversal", FRONT_DESK,
                    Map.of("reason", "guest has no car")).ok(201);
            assertThat(corrected.path("balance").decimalValue()).isEqualByComparingTo("0");
            JsonNode reversal = last(corrected);
            assertThat(reversal.path("reversesId").asLong()).isEqualTo(id);
            assertThat(reversal.path("amount").decimalValue()).isEqualByComparingTo("-30.00");
            assertThat(reversal.path("reason").asText()).isEqualTo("guest has no car");
            assertThat(corrected.path("postings").get(0).path("reversedBy").asLong()).isEqualTo(reversal.path("id").asLong());
            post(folio + "/postings/" + id + "/reversal", FRONT_DESK, Map.of("reason", "again"))
                    .problem(409, "already-reversed");

            // a minibar charge paid in cash, then an overpayment refunded with its reason
            post(folio + "/charges", FRONT_DESK, Map.of("article", "MINIBAR", "amount", new BigDecimal("12.50"),
                    "description", "Two sodas")).ok(201);
            post(folio + "/payments", FRONT_DESK, Map.of("method", "CASH", "amount", new BigDecimal("12.50"))).ok(201);
            post(folio + "/refunds", FRONT_DESK, Map.of("method", "CASH", "amount", new BigDecimal("12.51"),
                    "reason", "too much")).problem(409, "refund-exceeds-payments");
            post(folio + "/refunds", FRONT_DESK, Map.of("method", "CASH", "amount", new BigDecimal("2.50")))
                    .problem(422, null);
            JsonNode refunded = post(folio + "/refunds", FRONT_DESK, Map.of("method", "CASH",
                    "amount", new BigDecimal("2.50"), "reason", "one soda was not taken")).ok(201);
            assertThat(refunded.path("payments").decimalValue()).isEqualByComparingTo("10.00");
            assertThat(refunded.path("balance").decimalValue()).isEqualByComparingTo("2.50");
            assertThat(last(refunded).path("reason").asText()).isEqualTo("one soda was not taken");
        } finally {
            StayFixtures.release(guest);
        }
    }

    @Test
    void managersKeepTheCatalogue() {
        String code = "SPA_" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        Map<String, Object> massage = Map.of("code", code, "name", "Massage, 50 minutes", "department", "SPA",
                "vatPercent", 19, "price", new BigDecimal("70.00"), "active", true);
        put("/setup/articles/" + code, FRONT_DESK, massage).problem(403, null);
        put("/setup/articles/" + code, MANAGER, Map.of("code", code, "name", "Massage", "department", "CASINO",
                "vatPercent", 19, "active", true)).problem(422, "invalid-value");
        put("/setup/articles/" + code, MANAGER, Map.of("code", code, "name", "Massage", "department", "SPA",
                "vatPercent", 60, "active", true)).problem(422, null);
        JsonNode saved = put("/setup/articles/" + code, MANAGER, massage).ok(200);
        assertThat(saved.path("price").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(get("/setup/articles", MANAGER).ok(200).findValuesAsText("code")).contains(code, "ROOM");
        assertThat(get("/frontdesk/articles", FRONT_DESK).ok(200).findValuesAsText("code")).contains(code);
        // no longer sold: off the desk's list
        put("/setup/articles/" + code, MANAGER, Map.of("code", code, "name", "Massage, 50 minutes", "department",
                "SPA", "vatPercent", 19, "price", new BigDecimal("70.00"), "active", false)).ok(200);
        assertThat(get("/frontdesk/articles", FRONT_DESK).ok(200).findValuesAsText("code")).doesNotContain(code);
        // the room night's VAT follows the hotel's taxes, not this page
        JsonNode room = put("/setup/articles/ROOM", MANAGER, Map.of("code", "ROOM", "name", "Room night",
                "department", "FNB", "vatPercent", 0, "active", true)).ok(200);
        assertThat(room.path("department").asText()).isEqualTo("ROOM");
        assertThat(room.path("system").asBoolean()).isTrue();
    }

    private static JsonNode last(JsonNode folio) {
        JsonNode postings = folio.path("postings");
        return postings.get(postings.size() - 1);
    }
}
