package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.innkeeper.it.rest.Api;
import org.innkeeper.it.rest.StayFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The night audit at the desk: the night auditor finds it blocked by a guest due out and still in
 * the house, settles that guest's folio and checks them out, acknowledges the warnings and closes the
 * day; the page shows the new business date and what each step did. Runs after every other test of
 * the server (its own failsafe execution): it moves the hotel's business date.
 */
class NightAuditDeskIT extends DeskBrowser {

    @Test
    void theNightAuditorResolvesTheBlockingCheckAndClosesTheDay() {
        LocalDate day = Api.businessDate();
        // a business guest whose company pays the room: window 2, the room and its tax routed there
        StayFixtures.Guest business = StayFixtures.inHouse("Windows", 1);
        String folioPath = "/frontdesk/reservations/" + business.confirmationNumber() + "/folio";
        Api.post(folioPath + "/windows", FRONT_DESK, java.util.Map.of("payeeName", "Acme Ltd",
                "payeeVatId", "GB123456789")).ok(201);
        Api.post(folioPath + "/routes", FRONT_DESK, java.util.Map.of("articles", java.util.List.of("ROOM", "CITY_TAX"),
                "window", 2)).ok(201);
        Api.post(folioPath + "/charges", FRONT_DESK, java.util.Map.of("article", "MINIBAR", "amount", 6)).ok(201);

        JsonNode status = Api.get("/audit", MANAGER).ok(200);
        // leave one guest due out for the browser; the others leave over the API
        StayFixtures.checkOutDueOuts(status, 1);
        JsonNode blocked = Api.get("/audit", MANAGER).ok(200);
        assertThat(blocked.path("blocked").asBoolean()).as("a guest due out today is still in").isTrue();
        String cn = blocked.path("checks").get(0).path("items").get(0).asText().split(" · ")[0];
        StayFixtures.settleWindows(cn, false); // a company's window (some demo guests have one) goes to its account

        logIn("nightaudit", "nightaudit");
        // the business guest's car: a parking space every night, at the list price, on the guest's own window
        open("departure/folio.xhtml?cn=" + business.confirmationNumber());
        waitFor(By.id("fixedCharges"));
        assertThat(text(By.id("fixedCharges"))).contains("No fixed charges");
        assertThat(text(By.id("fixedArticle"))).contains("Parking");
        click(By.id("addFixedCharge"));
        waitForText(By.id("fixedCharges"), "Parking");
        assertThat(text(By.id("fixedCharges"))).contains("15.00", "nightaudit");
        assertThat(driver.findElements(By.id("houseUse"))).as("house use is a manager's call").isEmpty();
        screenshot("folio-fixed-charge");

        navigate("audit/index.xhtml");
        waitFor(By.id("check-departures-not-checked-out"));
        assertThat(text(By.id("check-departures-not-checked-out"))).contains(cn);
        assertThat(driver.findElement(By.id("runAudit")).getAttribute("class")).contains("ui-state-disabled");
        screenshot("audit-blocked");

        // the guest settles and leaves
        open("departure/folio.xhtml?cn=" + cn);
        waitFor(By.id("postings"));
        if (amount(By.id("balance")).signum() > 0) {
            click(By.xpath("//*[@id='method']//div[contains(@class,'ui-button')][.//span[normalize-space()='Card']]"));
            wait.until(d -> d.findElement(By.id("cardLast4")).isEnabled());
            type(By.id("cardLast4"), "4242");
            click(By.id("pay"));
            wait.until(d -> amount(By.id("balance")).signum() == 0);
        }
        click(By.id("checkOut"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        waitForText(By.id("status"), "Checked out");

        navigate("audit/index.xhtml");
        waitFor(By.id("runAudit"));
        assertThat(driver.findElements(By.id("check-departures-not-checked-out"))).isEmpty();
        if (!driver.findElements(By.id("acknowledge")).isEmpty()) {
            click(By.cssSelector("#acknowledge .ui-chkbox-box"));
        }
        screenshot("audit-ready");
        click(By.id("runAudit"));
        waitForText(By.id("messages"), "is done");
        screenshot("audit-done");
        assertThat(Api.businessDate()).isEqualTo(day.plusDays(1));
        assertThat(text(By.id("auditLog"))).contains("stays posted", "Business date is now " + day.plusDays(1));
        assertThat(Api.get("/frontdesk/reservations/" + cn + "/folio", FRONT_DESK).ok(200)
                .path("reservationStatus").asText()).isEqualTo("CHECKED_OUT");

        // the next morning the business guest leaves: the company's window by bank transfer, the minibar in cash
        open("departure/folio.xhtml?cn=" + business.confirmationNumber());
        waitFor(By.id("windows"));
        assertThat(text(By.id("windows"))).contains("Acme Ltd", "ROOM", "CITY_TAX");
        assertThat(driver.findElements(By.cssSelector("#postings .window-2"))).as("the night, on the company").hasSize(2);
        screenshot("folio-two-windows");
        // the company's window is paid by bank transfer (booked by accounts); the guest pays the minibar and parking in cash
        Api.post(folioPath + "/payments", FRONT_DESK, java.util.Map.of("method", "BANK_TRANSFER",
                "amount", Api.get(folioPath, FRONT_DESK).ok(200).path("windows").get(1).path("balance").decimalValue(),
                "window", 2)).ok(201);
        open("departure/folio.xhtml?cn=" + business.confirmationNumber());
        waitFor(By.id("windows"));
        assertThat(text(By.cssSelector("#windows tbody tr:nth-child(2) [id$='windowBalance']"))).isEqualTo("0.00");
        assertThat(new java.math.BigDecimal(driver.findElement(By.id("paymentAmount")).getAttribute("value")))
                .as("what the guest's window owes: the minibar and the night's parking").isEqualByComparingTo("21.00");
        chooseButton("method", "Cash");
        click(By.id("pay"));
        wait.until(d -> amount(By.id("balance")).signum() == 0);
        click(By.id("checkOut"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        waitForText(By.id("status"), "Checked out");
        JsonNode invoices = Api.get("/frontdesk/reservations/" + business.confirmationNumber() + "/invoices", FRONT_DESK)
                .ok(200);
        assertThat(invoices.findValuesAsText("recipientName")).containsExactlyInAnyOrder("Acme Ltd", business.name());
        screenshot("two-windows-checked-out");
    }
}
