package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.FRONT_DESK;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innkeeper.it.rest.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * At the desk: a deposit taken on a booking before arrival, and an express check-out of a guest with a
 * card on file: one click, the card pays what is left, the invoice goes to the outbox for e-mail.
 */
class ExpressCheckOutDeskIT extends DeskBrowser {

    @Test
    void aDepositBeforeArrivalAndAnExpressCheckOutOnTheCardOnFile() {
        LocalDate today = Api.businessDate();
        String lastName = "Express" + unique();
        String cn = null;
        for (String type : List.of("STD", "TWN", "SUP", "FAM", "STE")) {
            Map<String, Object> booking = new HashMap<>(Api.booking(type, "BAR", today.plusDays(3), today.plusDays(4), 1,
                    lastName));
            booking.put("cardLast4", "4242");
            Api.Reply booked = Api.post("/reservations", FRONT_DESK, booking);
            if (booked.status() == 201) {
                cn = booked.json().path("confirmationNumber").asText();
                break;
            }
        }
        assertThat(cn).isNotNull();

        // a deposit taken on the booking, before the guest arrives
        logIn("frontdesk", "frontdesk");
        open("departure/folio.xhtml?cn=" + cn);
        waitFor(By.id("depositPanel"));
        type(By.id("depositAmount"), "40.00");
        click(By.id("takeDeposit"));
        wait.until(d -> amount(By.id("balance")).compareTo(new BigDecimal("-40.00")) == 0);
        screenshot("deposit-before-arrival");
        Api.post("/reservations/" + cn + "/cancel", FRONT_DESK, null).ok(200);

        // a guest in house with a card on file, a minibar charge, one click to leave
        StayGuest guest = guestWithCardOnFile(today, "Leaving" + unique());
        Api.post("/frontdesk/reservations/" + guest.cn() + "/folio/charges", FRONT_DESK,
                Map.of("article", "MINIBAR", "amount", new BigDecimal("8.50"))).ok(201);
        open("departure/folio.xhtml?cn=" + guest.cn());
        waitFor(By.id("expressCheckOut"));
        click(By.id("expressCheckOut"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        waitForText(By.id("status"), "Checked out");
        screenshot("express-checked-out");
        JsonNode folio = Api.get("/frontdesk/reservations/" + guest.cn() + "/folio", FRONT_DESK).ok(200);
        assertThat(folio.path("balance").decimalValue()).isZero();
        assertThat(folio.path("postings").findValuesAsText("cardLast4")).contains("4242");
        JsonNode outbox = Api.get("/frontdesk/outbox?limit=200", FRONT_DESK).ok(200);
        assertThat(outbox.path("messages").findParents("kind")).anySatisfy(m -> {
            assertThat(m.path("kind").asText()).isEqualTo("INVOICE");
            assertThat(m.path("confirmationNumber").asText()).isEqualTo(guest.cn());
        });
        Api.put("/rooms/" + guest.room() + "/housekeeping", FRONT_DESK, Map.of("status", "CLEAN"));
    }

    private record StayGuest(String cn, String room) {
    }

    /** Booked with a card (and an e-mail), checked in today to the first room free and ready. */
    private static StayGuest guestWithCardOnFile(LocalDate today, String lastName) {
        for (String type : List.of("STD", "TWN", "SUP", "FAM", "STE")) {
            Map<String, Object> booking = new HashMap<>(Api.booking(type, "BAR", today, today.plusDays(1), 1, lastName));
            booking.put("cardLast4", "4242");
            Api.Reply booked = Api.post("/reservations", FRONT_DESK, booking);
            if (booked.status() != 201) {
                continue;
            }
            String cn = booked.json().path("confirmationNumber").asText();
            JsonNode rooms = Api.get("/frontdesk/reservations/" + cn + "/assignable-rooms", FRONT_DESK).ok(200);
            if (rooms.isEmpty()) {
                Api.post("/reservations/" + cn + "/cancel", FRONT_DESK, null);
                continue;
            }
            String room = rooms.get(0).path("number").asText();
            Api.post("/frontdesk/reservations/" + cn + "/check-in", FRONT_DESK, Map.of("roomNumber", room,
                    "documentType", "PASSPORT", "documentNumber", "E" + Math.abs(lastName.hashCode()),
                    "earlyCheckInFee", 0)).ok(200); // waived: an early arrival's fee depends on the hour
            return new StayGuest(cn, room);
        }
        throw new AssertionError("no room free and ready today");
    }
}
