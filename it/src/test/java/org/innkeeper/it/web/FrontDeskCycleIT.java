package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The front desk in a real browser: one guest from booking to check-out, plus login, reports and
 * language. Runs against a started server (system property {@code innkeeper.baseUrl}) with the demo
 * hotel; every test books its own guest. A screenshot of every page visited is saved, numbered in
 * visit order, to {@code innkeeper.screenshots}.
 */
class FrontDeskCycleIT extends DeskBrowser {

    @Test
    void oneGuestFromBookingToCheckOut() {
        String lastName = "Cycle" + unique();
        String guestName = "Ada " + lastName;
        logIn("frontdesk", "frontdesk");

        // 1 Reservation: today to tomorrow, one adult, the cheapest flexible (BAR) offer, which needs no card.
        navigate("reservations/new.xhtml");
        waitFor(By.id("searchOffers"));
        screenshot("new-reservation");
        click(By.id("searchOffers"));
        waitFor(By.id("offers"));
        screenshot("offers");
        click(By.cssSelector("#offers tr[class*='-BAR'] button[id$='choose']"));
        type(By.id("firstName"), "Ada");
        type(By.id("lastName"), lastName);
        type(By.id("email"), lastName.toLowerCase(Locale.ROOT) + "@example.org");
        type(By.id("phone"), "+49 30 1234567");
        click(By.id("book"));
        String cn = waitFor(By.id("confirmationNumber")).getText().strip();
        assertThat(cn).isNotBlank();
        screenshot("confirmation");

        // 2 Arrival: the guest is on today's arrivals board; check in to the first clean room.
        navigate("arrival/board.xhtml");
        WebElement arrival = waitFor(By.cssSelector("#arrivals tr.cn-" + cn));
        assertThat(arrival.getText()).contains(guestName);
        screenshot("arrivals");
        arrival.findElement(By.cssSelector("a[href*='checkin.xhtml']")).click();
        waitForPage();
        waitFor(By.id("documentNumber"));
        assertThat(driver.findElement(By.id("room_label")).getText()).isNotBlank();
        screenshot("check-in");
        selectOneMenu("documentTypeMenu", "PASSPORT");
        type(By.id("documentNumber"), "P" + unique().toUpperCase(Locale.ROOT));
        // before the check-in hour the catalogue's early check-in fee would be charged: the clerk waives it,
        // so the day's figures below do not depend on the hour the test runs at
        type(By.id("earlyCheckInFee"), "0");
        click(By.id("checkIn"));
        waitFor(By.id("checkedIn"));
        click(By.id("openFolio"));

        // 3 Stay: tonight's room is posted by tonight's audit, so the folio starts empty; a minibar
        // charge is posted, and a bar charge posted by mistake is corrected with a reason.
        wait.until(ExpectedConditions.urlContains("departure/folio.xhtml"));
        waitFor(By.id("postings"));
        assertThat(driver.findElements(By.cssSelector("#postings tr.posting-ROOM"))).isEmpty();
        assertThat(amount(By.id("balance"))).isZero();
        screenshot("folio");
        selectOneMenu("categoryMenu", "MINIBAR");
        type(By.id("description"), "Water and nuts");
        type(By.id("chargeAmount"), "12.50");
        click(By.id("postCharge"));
        waitFor(By.cssSelector("#postings tr.posting-CHARGE"));
        BigDecimal balance = amount(By.id("balance"));
        assertThat(balance).isEqualByComparingTo("12.50");
        screenshot("folio-charge");
        selectOneMenu("categoryMenu", "BAR");
        type(By.id("chargeAmount"), "9.00");
        click(By.id("postCharge"));
        wait.until(d -> amount(By.id("balance")).compareTo(new BigDecimal("21.50")) == 0);
        java.util.List<WebElement> corrections = driver.findElements(By.cssSelector("#postings button[id$='correct']"));
        click(corrections.get(corrections.size() - 1));
        type(By.id("correctionReason"), "posted to the wrong guest");
        click(By.id("reverse"));
        wait.until(d -> amount(By.id("balance")).compareTo(balance) == 0);
        assertThat(text(By.id("postings"))).contains("posted to the wrong guest", "reversed");
        screenshot("folio-corrected");

        // 4 Departure: refused while the guest still owes; paid by card; checked out.
        click(By.id("checkOut"));
        waitForText(By.id("messages"), "balance");
        assertThat(driver.findElement(By.id("folioStatus")).getText()).isEqualTo("In house");
        screenshot("check-out-refused");
        click(By.xpath("//*[@id='method']//div[contains(@class,'ui-button')][.//span[normalize-space()='Card']]"));
        wait.until(d -> d.findElement(By.id("cardLast4")).isEnabled());
        type(By.id("cardLast4"), "4242");
        assertThat(new BigDecimal(driver.findElement(By.id("paymentAmount")).getAttribute("value")))
                .isEqualByComparingTo(balance);
        click(By.id("pay"));
        wait.until(d -> amount(By.id("balance")).signum() == 0);
        assertThat(driver.findElements(By.cssSelector("#postings tr.posting-PAYMENT"))).isNotEmpty();
        screenshot("folio-paid");
        click(By.id("checkOut"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        waitForText(By.id("status"), "Checked out");
        assertThat(driver.findElement(By.id("cn")).getText()).isEqualTo(cn);
        screenshot("checked-out");

        // The room is vacant and dirty until housekeeping reports it clean.
        String roomNumber = driver.findElement(By.id("roomNumber")).getText();
        navigate("stay/rooms.xhtml");
        By roomRow = By.cssSelector("#rooms tr.room-no-" + roomNumber);
        assertThat(waitFor(roomRow).getAttribute("class")).contains("room-VACANT").contains("hk-DIRTY");
        screenshot("room-dirty");
        driver.findElement(roomRow).findElement(By.cssSelector("button[id$='markClean']")).click();
        wait.until(d -> d.findElement(roomRow).getAttribute("class").contains("hk-CLEAN"));
        screenshot("room-cleaned");

        click(By.id("logout"));
        waitFor(By.id("loginButton"));
        screenshot("logged-out");
    }

    @Test
    void clerkCancelsABookingAndWorksThroughTheLists() {
        String lastName = "Cancel" + unique();
        logIn("frontdesk", "frontdesk");

        // A party too large for any room: a clear message, nothing to choose.
        navigate("reservations/new.xhtml");
        type(By.id("adults_input"), "8");
        click(By.id("searchOffers"));
        waitFor(By.id("noOffers"));
        assertThat(driver.findElements(By.id("offers"))).isEmpty();
        screenshot("no-offers");

        // An impossible date reaching the server is refused with a message, never turned into a
        // neighbouring day. (Set directly: the picker widget may itself drop what it can't parse.)
        WebElement arrivalInput = driver.findElement(By.id("arrival_input"));
        String arrival = arrivalInput.getAttribute("value");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].value = arguments[1];", arrivalInput, "2027-02-30");
        click(By.id("searchOffers"));
        wait.until(d -> d.getPageSource().contains("is not a date"));
        assertThat(driver.findElements(By.id("offers"))).isEmpty();
        screenshot("impossible-date");
        js.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("arrival_input")), arrival);

        // Required guest fields are checked next to the fields, and nothing is booked.
        type(By.id("adults_input"), "2");
        click(By.id("searchOffers"));
        waitFor(By.id("offers"));
        click(By.cssSelector("#offers tr[class*='-BAR'] button[id$='choose']"));
        waitFor(By.id("firstName"));
        click(By.id("book"));
        waitFor(By.cssSelector(".ui-message-error"));
        assertThat(driver.findElements(By.id("confirmationNumber"))).isEmpty();
        screenshot("guest-required");
        type(By.id("firstName"), "Bea");
        type(By.id("lastName"), lastName);
        click(By.xpath("//*[@id='channel']//div[contains(@class,'ui-button')][.//span[normalize-space()='Walk-in']]"));
        click(By.id("book"));
        String cn = waitFor(By.id("confirmationNumber")).getText().strip();

        // The reservation page: cancelled after confirming.
        click(By.id("openReservation"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        waitForText(By.id("status"), "Confirmed");
        screenshot("reservation");
        click(By.id("cancelReservation"));
        waitFor(By.id("cancelFee"));
        click(By.id("confirmCancel"));
        waitForText(By.id("status"), "Cancelled");
        assertThat(driver.findElements(By.id("cancelReservation"))).isEmpty();
        screenshot("reservation-cancelled");

        // Found again by the guest's name.
        navigate("reservations/search.xhtml");
        type(By.id("text"), lastName);
        click(By.id("search"));
        waitForText(By.id("results"), cn);
        assertThat(driver.findElement(By.id("results")).getText()).contains("Cancelled");
        screenshot("search");

        navigate("stay/inhouse.xhtml");
        waitFor(By.id("inHouse"));
        screenshot("in-house");
        navigate("departure/departures.xhtml");
        waitFor(By.id("departures"));
        screenshot("departures");
        navigate("stay/rooms.xhtml");
        waitFor(By.id("rooms"));
        assertThat(driver.findElements(By.cssSelector("#rooms tbody tr"))).hasSizeGreaterThan(10);
        screenshot("rooms");
    }

    @Test
    void wrongPasswordIsRefused() {
        open("");
        waitFor(By.id("loginButton"));
        screenshot("login");
        type(By.id("username"), "frontdesk");
        type(By.id("password"), "not-the-password");
        click(By.id("loginButton"));
        waitForText(By.id("loginMessages"), "Wrong user name or password");
        assertThat(driver.findElements(By.id("logout"))).isEmpty();
        screenshot("login-refused");
    }

    @Test
    void managerReadsTheOccupancyReport() {
        // A deep link: the login page comes first, then the page asked for.
        open("reports/occupancy.xhtml");
        waitFor(By.id("loginButton"));
        screenshot("login-for-report");
        type(By.id("username"), "manager");
        type(By.id("password"), "manager");
        click(By.id("loginButton"));
        ensureEnglish();
        waitFor(By.id("runReport"));
        assertThat(driver.findElements(By.cssSelector("a[href*='reports/occupancy']"))).isNotEmpty();
        click(By.id("runReport"));
        WebElement total = waitFor(By.cssSelector("#occupancy tfoot"));
        assertThat(total.getText()).contains("Total");
        assertThat(driver.findElements(By.cssSelector("#occupancy tbody tr"))).hasSizeGreaterThan(1);
        // the occupancy line is drawn (Chart.js renders into a canvas of real size)
        By chart = By.cssSelector("[id$='occupancyChart'] canvas");
        waitFor(chart);
        wait.until(d -> d.findElement(chart).getSize().getHeight() > 100 && d.findElement(chart).getSize().getWidth() > 300);
        screenshot("occupancy-report");
    }

    @Test
    void clerkSwitchesToRussianAndBack() {
        logIn("frontdesk", "frontdesk");
        assertThat(driver.findElements(By.cssSelector("a[href*='reports/occupancy']")))
                .as("reports are for managers only").isEmpty();
        try {
            click(By.id("langRu"));
            wait.until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            waitForText(By.id("menu"), "Новое бронирование");
            assertThat(driver.findElement(By.id("menu")).getText()).contains("Заезды / регистрация");
            screenshot("dashboard-russian");

            // The language follows the clerk from page to page, and switching keeps the page (and its guest).
            click(By.cssSelector("#inHouse a[href*='folio.xhtml']"));
            wait.until(ExpectedConditions.urlContains("departure/folio.xhtml"));
            waitFor(By.id("balance"));
            assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("Счёт гостя");
            screenshot("folio-russian");
        } finally {
            // The language is remembered for the user: leave frontdesk in English for the other tests.
            click(By.id("langEn"));
            wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
        assertThat(driver.getCurrentUrl()).contains("folio.xhtml?cn=");
        waitFor(By.id("balance"));
        waitForText(By.id("menu"), "New reservation");
        screenshot("folio-english-again");

        // A clerk who follows a manager's link is told why the page is closed.
        open("reports/occupancy.xhtml");
        waitForText(By.cssSelector("h1"), "Not for your role");
        screenshot("report-forbidden");
    }

}
