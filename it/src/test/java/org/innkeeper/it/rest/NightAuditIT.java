package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The close of a business day over the API, as a night auditor lives it: the audit refuses while
 * guests due out are still in the house; they are settled and checked out; the warnings are
 * acknowledged; the audit makes the absent guaranteed arrival a no-show with its fee settled on the
 * card, posts tonight's room and city tax to the guest staying on, and moves the business date.
 * Asked again for the same date, it is refused and posts nothing twice. Runs after every other test
 * of this server (its own failsafe execution): it moves the hotel's business date.
 */
class NightAuditIT {

    @Test
    void aDayIsClosedOnceItsDeparturesHaveLeft() {
        get("/audit", FRONT_DESK).problem(403, null);
        LocalDate day = Api.businessDate();

        StayFixtures.Guest staying = StayFixtures.inHouse("Overnight", 2);
        String stayFolio = "/frontdesk/reservations/" + staying.confirmationNumber() + "/folio";
        // a parking space every night, at the catalogue's price; a second for the same nights is refused
        JsonNode parked = post(stayFolio + "/fixed-charges", FRONT_DESK, Map.of("article", "PARKING")).ok(201);
        assertThat(parked.path("fixedCharges").findValuesAsText("article")).containsExactly("PARKING");
        assertThat(parked.path("fixedCharges").get(0).path("addedBy").asText()).isEqualTo("frontdesk");
        post(stayFolio + "/fixed-charges", FRONT_DESK, Map.of("article", "PARKING", "quantity", 2))
                .problem(409, "fixed-charge-overlaps");
        post(stayFolio + "/fixed-charges", FRONT_DESK, Map.of("article", "ROOM")).problem(422, null);
        // a clerk cannot give a room for the hotel's own use
        post("/frontdesk/reservations/" + staying.confirmationNumber() + "/house-use", FRONT_DESK,
                Map.of("houseUse", true)).problem(409, "manager-only");
        String noShow = null;
        for (String type : List.of("STD", "TWN", "SUP", "FAM", "STE")) {
            Map<String, Object> absent = new HashMap<>(Api.booking(type, "BAR", day, day.plusDays(2), 1, "Absent"));
            absent.put("cardLast4", "4242");
            Api.Reply booked = post("/reservations", FRONT_DESK, absent);
            if (booked.status() == 201) {
                noShow = booked.json().path("confirmationNumber").asText();
                break;
            }
        }
        assertThat(noShow).as("a room left tonight for the guest who will not come").isNotNull();

        JsonNode status = get("/audit", MANAGER).ok(200);
        assertThat(status.path("businessDate").asText()).isEqualTo(day.toString());
        assertThat(status.path("blocked").asBoolean()).as("the demo's guests due out today are in").isTrue();
        Map<String, Object> run = Map.of("businessDate", day.toString(), "acknowledgeWarnings", true);
        post("/audit/runs", MANAGER, run).problem(409, "audit-blocked");
        assertThat(Api.businessDate()).as("nothing changed").isEqualTo(day);

        int settled = StayFixtures.checkOutDueOuts(status, 0);
        assertThat(settled).isPositive();

        JsonNode checks = get("/audit", MANAGER).ok(200);
        assertThat(checks.path("blocked").asBoolean()).isFalse();
        assertThat(checks.path("checks").findValuesAsText("code")).contains("arrivals-not-checked-in");
        assertThat(checks.toString()).contains(noShow);
        post("/audit/runs", MANAGER, Map.of("businessDate", day.toString(), "acknowledgeWarnings", false))
                .problem(409, "audit-warnings");

        JsonNode closed = post("/audit/runs", MANAGER, run).ok(200);
        assertThat(closed.path("businessDate").asText()).isEqualTo(day.plusDays(1).toString());
        assertThat(closed.path("lastRun").path("status").asText()).isEqualTo("DONE");
        assertThat(closed.path("lastRun").path("log").findValuesAsText("step")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(Api.businessDate()).isEqualTo(day.plusDays(1));

        // the absent guest: a no-show, the first night charged and settled on the card
        JsonNode lost = get("/frontdesk/reservations/" + noShow + "/folio", FRONT_DESK).ok(200);
        assertThat(lost.path("reservationStatus").asText()).isEqualTo("NO_SHOW");
        assertThat(lost.path("postings").findValuesAsText("article")).containsExactly("NO_SHOW");
        assertThat(lost.path("postings").findValuesAsText("category")).contains("CARD");
        assertThat(lost.path("balance").decimalValue()).isEqualByComparingTo("0");

        // the guest staying on: tonight's room (7 % VAT) and city tax, once
        JsonNode folio = get("/frontdesk/reservations/" + staying.confirmationNumber() + "/folio", FRONT_DESK).ok(200);
        List<JsonNode> nights = new ArrayList<>();
        folio.path("postings").forEach(p -> {
            if ("ROOM".equals(p.path("article").asText())) {
                nights.add(p);
            }
        });
        assertThat(nights).singleElement().satisfies(n -> {
            assertThat(n.path("night").asText()).isEqualTo(day.toString());
            assertThat(n.path("vatPercent").decimalValue()).isEqualByComparingTo("7");
            assertThat(n.path("postedBy").asText()).isEqualTo("manager");
        });
        assertThat(folio.path("postings").findValuesAsText("article")).contains("CITY_TAX");
        assertThat(folio.path("postings").findValuesAsText("article")).as("the parking, once")
                .containsOnlyOnce("PARKING");

        // the same request again (a second click, a retry): refused, nothing posted twice
        post("/audit/runs", MANAGER, run).problem(409, "audit-date-moved");
        JsonNode again = get("/frontdesk/reservations/" + staying.confirmationNumber() + "/folio", FRONT_DESK).ok(200);
        assertThat(again.path("postings")).hasSize(folio.path("postings").size());
        JsonNode past = get("/audit/runs/" + day, MANAGER).ok(200);
        assertThat(past.path("log")).hasSize(6);
        assertThat(past.path("log").get(2).path("message").asText()).contains("stays posted");
    }
}
