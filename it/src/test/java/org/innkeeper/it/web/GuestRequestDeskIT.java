package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.it.rest.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A VIP asks for towels on the guest page (no login; the hostile text shown as text), nobody answers
 * within the VIP's 5 minutes, the escalation (run by a manager at that later instant, on the demo
 * server) puts it on the supervisor's screen, who reports back and resolves it on the board.
 */
class GuestRequestDeskIT extends DeskBrowser {

    private static final String HOSTILE = "<script>alert('x')</script> towels";

    private static String row(long id) {
        return "//tr[contains(concat(' ', normalize-space(@class), ' '), ' request-" + id + " ')]";
    }

    @Test
    void aVipsRequestFromTheGuestPageIsEscalatedAndResolvedAtTheDesk() {
        String lastName = "Vip" + unique();
        String email = lastName.toLowerCase() + "@example.org";
        LocalDate arrival = LocalDate.now().plusDays(97);
        Map<String, Object> booking = Api.booking("STD", "BAR", arrival, arrival.plusDays(1), 1, lastName);
        @SuppressWarnings("unchecked")
        Map<String, Object> guest = (Map<String, Object>) booking.get("guest");
        guest.put("email", email);
        String cn = Api.post("/reservations", FRONT_DESK, booking).ok(201).path("confirmationNumber").asText();
        long guestId = Api.get("/guests?q=" + email, FRONT_DESK).ok(200).get(0).path("id").asLong();
        Api.patch("/guests/" + guestId, FRONT_DESK, Map.of("vipLevel", 2)).ok(200);
        String token = Api.post("/requests/guest-links", FRONT_DESK, Map.of("confirmationNumber", cn)).ok(201)
                .path("token").asText();

        // the guest's own page, without logging in
        open("guest/index.xhtml?t=" + token);
        assertThat(text(By.id("guestName"))).contains(lastName);
        selectOneMenu("categoryMenu", "TOWELS");
        type(By.id("description"), HOSTILE);
        click(By.id("send"));
        waitForText(By.id("requests"), "towels");
        assertThat(text(By.id("requests"))).contains(HOSTILE);
        assertThat(driver.getPageSource()).doesNotContain("<script>alert('x')</script>").contains("&lt;script&gt;");
        screenshot("guest-page");
        // something not right: the guest tells the duty manager, a complaint of this stay
        selectOneMenu("complaintCategoryMenu", "NOISE");
        type(By.id("complaintWords"), "Drilling next door since 8 am " + HOSTILE);
        click(By.id("complain"));
        waitForText(By.id("messages"), "The duty manager has your message");
        JsonNode complaint = Api.get("/complaints?status=OPEN", FRONT_DESK).ok(200).findParents("confirmationNumber")
                .stream().filter(c -> c.path("confirmationNumber").asText().equals(cn)).findFirst().orElseThrow();
        assertThat(complaint.path("source").asText()).isEqualTo("GUEST_PAGE");
        assertThat(complaint.path("guestWords").asText()).startsWith("Drilling next door");
        open("guest/index.xhtml?t=" + token.substring(0, 42) + (token.endsWith("A") ? "B" : "A"));
        assertThat(driver.findElements(By.id("invalid"))).isNotEmpty();
        assertThat(driver.findElements(By.id("send"))).isEmpty();

        JsonNode filed = Api.get("/requests?reservation=" + cn, FRONT_DESK).ok(200).get(0);
        long id = filed.path("id").asLong();
        assertThat(filed.path("tier").asText()).isEqualTo("VIP");
        Instant late = Instant.parse(filed.path("responseDueAt").asText()).plusSeconds(1);
        assertThat(filed.path("responseDueAt").asText()).isNotNull();
        Api.post("/requests/escalations?at=" + late, MANAGER, null).ok(200);

        logIn("supervisor", "supervisor");
        navigate("requests/board.xhtml");
        waitFor(By.xpath("//tbody[@id='notices_data']/tr[contains(@class, 'notice-" + id + "')]"));
        assertThat(text(By.xpath(row(id)))).contains(HOSTILE, "supervisor", "VIP");
        assertThat(driver.getPageSource()).doesNotContain("<script>alert('x')</script>");
        screenshot("request-board-escalated");
        type(By.id("note"), "Brought four towels myself, apologised");
        click(By.xpath(row(id) + "//button[contains(@id, ':report')]"));
        waitForText(By.id("messages"), "report");
        type(By.id("note"), "Done");
        click(By.xpath(row(id) + "//button[contains(@id, ':resolve')]"));
        waitForText(By.id("messages"), "resolved");
        assertThat(driver.findElements(By.xpath(row(id)))).as("off the board once resolved").isEmpty();

        JsonNode done = Api.get("/requests/" + id, FRONT_DESK).ok(200);
        assertThat(done.path("status").asText()).isEqualTo("RESOLVED");
        // the history in time order: the escalation carries the later instant the test ran it at, the
        // supervisor's report and resolution the server's own clock
        assertThat(done.path("history")).extracting(e -> e.path("kind").asText() + " " + e.path("by").asText())
                .containsExactlyInAnyOrder("LOGGED guest:" + cn, "ESCALATED system", "REPORT supervisor", "RESOLVED supervisor")
                .first().isEqualTo("LOGGED guest:" + cn);
    }
}
