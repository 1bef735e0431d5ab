package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;

import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.it.rest.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The e-mail outbox on the desk: a booking's confirmation is listed with its kind and status, the
 * status filter narrows the list, "send pending now" answers, and the page is in Russian too. (The
 * server under test has an SMTP server configured, so no "not configured" notice is shown.)
 */
class OutboxDeskIT extends DeskBrowser {

    @Test
    void theClerkSeesTheBookingsConfirmationInTheOutbox() {
        String lastName = "Outbox" + unique();
        LocalDate arrival = LocalDate.now().plusDays(95);
        Map<String, Object> booking = Api.booking("STD", "BAR", arrival, arrival.plusDays(1), 1, lastName);
        @SuppressWarnings("unchecked")
        Map<String, Object> guest = (Map<String, Object>) booking.get("guest");
        guest.put("email", lastName.toLowerCase() + "@example.org");
        String cn = Api.post("/reservations", DEMO_CHANNEL, booking).ok(201).path("confirmationNumber").asText();

        logIn("frontdesk", "frontdesk");
        navigate("mail/outbox.xhtml");
        assertThat(driver.findElements(By.id("noSmtp"))).as("an SMTP server is configured").isEmpty();
        WebElement row = waitFor(By.xpath("//tbody[@id='outbox_data']/tr[.//td[contains(., '" + cn + "')]]"));
        assertThat(row.getText()).contains(lastName.toLowerCase() + "@example.org", "Booking confirmation", cn);
        assertThat(row.getText()).containsAnyOf("Waiting", "Sent", "Failed");
        screenshot("outbox");

        chooseButton("status", "Sent");
        assertThat(driver.findElements(By.cssSelector("#outbox_data .status")))
                .allSatisfy(status -> assertThat(status.getText()).isEqualTo("Sent"));
        chooseButton("status", "All");
        waitFor(By.xpath("//tbody[@id='outbox_data']/tr[.//td[contains(., '" + cn + "')]]"));

        click(By.id("sendNow"));
        assertThat(text(By.id("messages"))).containsAnyOf("sent", "Nothing could be sent");

        click(By.id("langRu"));
        waitForText(By.cssSelector("h1.page-title"), "Исходящие письма");
        assertThat(text(By.id("outbox"))).contains("Подтверждение бронирования");
        screenshot("outbox-ru");
        click(By.id("langEn"));
    }
}
