package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.innkeeper.it.rest.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A guest's data on request at the desk (GDPR articles 15, 17, 20), as a manager does it on the guest's profile:
 * the export downloaded as JSON holding the guest's booking; the erasure refused in plain words while a stay is
 * to come, and done once it is cancelled, the profile then anonymous. The front desk is not offered either.
 */
class GuestDataDeskIT extends DeskBrowser {

    @Test
    void aManagerExportsAGuestsDataAndErasesItOnceNothingIsToCome() throws Exception {
        String last = "Gdpr" + unique().replaceAll("[0-9]", "x"); // letters only, as names are
        String email = last.toLowerCase(Locale.ROOT) + "@example.org";
        LocalDate night = Api.businessDate().plusDays(40);
        Map<String, Object> booking = Api.booking("STD", "BAR", night, night.plusDays(1), 1, last);
        @SuppressWarnings("unchecked")
        Map<String, Object> guest = (Map<String, Object>) booking.get("guest");
        guest.put("email", email);
        String cn = Api.post("/reservations", Api.DEMO_CHANNEL, booking).ok(201).path("confirmationNumber").asText();
        long id = Api.get("/guests?q=" + email, Api.FRONT_DESK).ok(200).get(0).path("id").asLong();

        logIn("frontdesk", "frontdesk");
        open("guests/profile.xhtml?id=" + id);
        waitForText(By.tagName("main"), last);
        assertThat(driver.findElements(By.id("exportGuestData"))).as("the front desk is not offered the export").isEmpty();
        assertThat(driver.findElements(By.id("eraseGuestData"))).isEmpty();
        click(By.id("logout"));

        logIn("manager", "manager");
        open("guests/profile.xhtml?id=" + id);
        click(By.id("exportGuestData"));
        Path file = downloads.resolve("guest-" + id + ".json");
        wait.until(d -> Files.exists(file) && file.toFile().length() > 0);
        JsonNode export = new ObjectMapper().readTree(file.toFile());
        assertThat(export.toString()).contains(cn).contains(email);

        click(By.id("eraseGuestData"));
        click(By.id("confirmYes"));
        waitForText(By.id("messages"), "has a reservation to come");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(text(By.tagName("main"))).contains(last);
        screenshot("guest-erasure-refused");

        Api.post("/reservations/" + cn + "/cancel", Api.DEMO_CHANNEL, null).ok(200);
        click(By.id("eraseGuestData"));
        click(By.id("confirmYes"));
        waitForText(By.id("messages"), "The guest's data is erased (1 reservation(s) anonymised)");
        assertThat(text(By.tagName("main"))).doesNotContain(last).doesNotContain(email).contains("Erased");
        screenshot("guest-erased");
    }
}
