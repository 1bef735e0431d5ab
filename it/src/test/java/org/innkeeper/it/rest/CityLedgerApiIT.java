package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The city ledger over the staff API: a company added by a manager, a guest's window billed to it
 * (the invoice made out to the company is its open item), refused past its credit limit, a payment
 * received against it, and the ageing list.
 */
class CityLedgerApiIT {

    @Test
    void aCompanysWindowIsBilledToItsAccountAndPaid() {
        String name = "Ledger Test " + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Map<String, Object> company = Map.of("name", name, "address", "2 Short St", "vatId", "GB555000111",
                "creditLimit", new BigDecimal("100.00"), "active", true);
        post("/companies", FRONT_DESK, company).problem(403, null);
        JsonNode created = post("/companies", MANAGER, company).ok(201);
        long id = created.path("id").asLong();
        post("/companies", MANAGER, company).problem(409, "company-exists");

        StayFixtures.Guest guest = StayFixtures.inHouse("Ledger", 1);
        String folio = "/frontdesk/reservations/" + guest.confirmationNumber() + "/folio";
        try {
            JsonNode opened = post(folio + "/windows", FRONT_DESK, Map.of("companyId", id)).ok(201);
            assertThat(opened.path("windows").get(1).path("payee").asText()).isEqualTo(name);
            post(folio + "/routes", FRONT_DESK, Map.of("articles", List.of("RESTAURANT"), "window", 2)).ok(201);
            post(folio + "/charges", FRONT_DESK, Map.of("article", "RESTAURANT", "amount", new BigDecimal("130.00"),
                    "description", "Business dinner")).ok(201);
            post(folio + "/windows/2/direct-bill", FRONT_DESK, null).problem(409, "credit-limit-exceeded");
            post(folio + "/postings/" + lastId(get(folio, FRONT_DESK).ok(200)) + "/reversal", FRONT_DESK,
                    Map.of("reason", "split the bill")).ok(201);
            post(folio + "/charges", FRONT_DESK, Map.of("article", "RESTAURANT", "amount", new BigDecimal("80.00"),
                    "description", "Business dinner")).ok(201);

            JsonNode billed = post(folio + "/windows/2/direct-bill", FRONT_DESK, null).ok(201);
            assertThat(billed.path("windows").get(1).path("balance").decimalValue()).isEqualByComparingTo("0");
            JsonNode account = get("/companies/" + id, FRONT_DESK).ok(200);
            assertThat(account.path("owed").decimalValue()).isEqualByComparingTo("80.00");
            assertThat(account.path("days0to30").decimalValue()).isEqualByComparingTo("80.00");
            assertThat(account.path("openItems")).hasSize(1);
            JsonNode invoices = get("/frontdesk/reservations/" + guest.confirmationNumber() + "/invoices", FRONT_DESK).ok(200);
            assertThat(invoices.findValuesAsText("recipientName")).contains(name);
            assertThat(get("/companies/ageing", FRONT_DESK).ok(200).findValuesAsText("name")).contains(name);

            JsonNode paid = post("/companies/" + id + "/payments", FRONT_DESK, Map.of("amount", new BigDecimal("80.00"),
                    "method", "BANK_TRANSFER", "reference", "remittance 42")).ok(201);
            assertThat(paid.path("owed").decimalValue()).isEqualByComparingTo("0");
            assertThat(paid.path("entries").findValuesAsText("postedBy")).contains("frontdesk");
            post("/companies/" + id + "/payments", FRONT_DESK, Map.of("amount", 5, "method", "DIRECT_BILL"))
                    .problem(422, "invalid-value");
        } finally {
            StayFixtures.release(guest);
        }
    }

    private static long lastId(JsonNode folio) {
        JsonNode postings = folio.path("postings");
        return postings.get(postings.size() - 1).path("id").asLong();
    }
}
