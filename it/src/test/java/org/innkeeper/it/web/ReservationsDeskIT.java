package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reservation desk of issue 3 in a real browser, against the demo hotel (its year-end rules:
 * arrivals on 30 and 31 December stay at least 2 nights, the suites are closed to arrival on
 * 24 December). Every test books its own guests on dates it picks.
 */
class ReservationsDeskIT extends DeskBrowser {

    @Test
    void offersShowEveryNightTaxesAndPoliciesAndWhyTheSuiteCannotBeSold() {
        LocalDate christmasEve = nextDecember(24);
        logIn("frontdesk", "frontdesk");
        navigate("reservations/new.xhtml");
        searchStay(christmasEve, christmasEve.plusDays(2), 2);

        // A bookable offer: both nights with net, VAT, city tax and total, the offer's total, its terms.
        WebElement bar = waitFor(By.cssSelector("#offers tr.offer-STD-BAR"));
        List<WebElement> nights = bar.findElements(By.cssSelector("table.night-prices tr"));
        assertThat(nights).hasSize(3); // header + 2 nights
        List<WebElement> first = nights.get(1).findElements(By.tagName("td"));
        BigDecimal net = amount(first.get(1).getText());
        BigDecimal vat = amount(first.get(2).getText());
        BigDecimal cityTax = amount(first.get(3).getText());
        BigDecimal night = amount(first.get(4).getText());
        assertThat(cityTax).isPositive();
        assertThat(net.add(vat).add(cityTax)).isEqualByComparingTo(night);
        BigDecimal second = amount(nights.get(2).findElements(By.tagName("td")).get(4).getText());
        assertThat(amount(bar.findElement(By.cssSelector("[id$='offerTotal']")).getText()))
                .isEqualByComparingTo(night.add(second));
        assertThat(bar.getText()).contains("Free cancellation until").contains("No-show");
        assertThat(waitFor(By.cssSelector("#offers tr.offer-STD-NRF")).getText()).contains("Non-refundable");

        // The suite exists but is closed to arrival on Christmas Eve: listed with the reason, not offered.
        assertThat(driver.findElements(By.cssSelector("#offers tr.offer-STE-BAR"))).isEmpty();
        assertThat(text(By.cssSelector("#unavailable tr.unavailable-STE-BAR"))).contains("closed to arrival on this date");
        screenshot("offers-with-reasons");
    }

    @Test
    void nothingFitsSoTheClerkPicksAnAlternativeAndHoldsItAsAnOption() {
        LocalDate newYearsEve = nextDecember(30);
        String lastName = "Option" + unique();
        logIn("frontdesk", "frontdesk");
        navigate("reservations/new.xhtml");
        searchStay(newYearsEve, newYearsEve.plusDays(1), 1);

        // One night from 30 December: refused for every room with the reason, alternatives offered.
        waitFor(By.id("noOffers"));
        assertThat(driver.findElements(By.id("offers"))).isEmpty();
        assertThat(text(By.cssSelector("#unavailable tr.unavailable-STD-BAR"))).contains("minimum stay 2 nights");
        WebElement alternative = waitFor(By.cssSelector("#alternatives tbody tr"));
        assertThat(alternative.getText()).contains(newYearsEve.toString()).contains(newYearsEve.plusDays(2).toString());
        screenshot("alternatives");

        // One click: the alternative's dates are searched again and its offer chosen.
        click(By.id("alternatives:0:pick"));
        waitFor(By.id("firstName"));
        assertThat(driver.findElement(By.id("departure_input")).getAttribute("value")).isEqualTo(newYearsEve.plusDays(2).toString());
        assertThat(driver.findElements(By.cssSelector("#offers tr.chosen"))).hasSize(1);

        type(By.id("firstName"), "Olga");
        type(By.id("lastName"), lastName);
        type(By.id("source"), "Search engine");
        chooseButton("hold", "Option");
        waitFor(By.id("optionUntil_input"));
        // An option holds rooms for two weeks at most: refused with the reason, nothing booked.
        setDate("optionUntil", LocalDate.now().plusDays(30) + " 12:00");
        click(By.id("book"));
        waitForText(By.id("messages"), "at most 14 days");
        assertThat(driver.findElements(By.id("confirmationNumber"))).isEmpty();
        setDate("optionUntil", LocalDate.now().plusDays(2) + " 18:00");
        click(By.id("book"));
        String cn = text(By.id("confirmationNumber"));
        assertThat(text(By.id("bookedStatus"))).isEqualTo("Option");
        assertThat(text(By.id("optionExpires"))).isNotBlank();
        screenshot("option-booked");

        // The option is taken up with a card: guaranteed, the card shown by its last four digits only.
        click(By.id("openReservation"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        waitForText(By.id("status"), "Option");
        assertThat(text(By.id("source"))).isEqualTo("Search engine");
        assertThat(text(By.id("channel"))).isEqualTo("Desk, phone");
        type(By.id("cardLast4"), "42x2");
        click(By.id("confirmOption"));
        waitFor(By.cssSelector(".ui-message-error"));
        assertThat(text(By.id("status"))).isEqualTo("Option");
        type(By.id("cardLast4"), "4242");
        click(By.id("confirmOption"));
        waitForText(By.id("status"), "Guaranteed");
        assertThat(text(By.id("card"))).endsWith("4242");
        assertThat(driver.getPageSource()).contains(cn);
        screenshot("option-confirmed");
    }

    @Test
    void clerkModifiesAStaySeeingTheNewTotalFirstThenCancelsWithTheFeeShown() {
        LocalDate arrival = quietDate(20, 60);
        String lastName = "Modify" + unique();
        logIn("frontdesk", "frontdesk");
        navigate("reservations/new.xhtml");
        searchStay(arrival, arrival.plusDays(2), 2);

        // Non-refundable: the rate asks for a card, refused without one and nothing booked.
        click(By.cssSelector("#offers tr.offer-STD-NRF button[id$='choose']"));
        type(By.id("firstName"), "Mia");
        type(By.id("lastName"), lastName);
        click(By.id("book"));
        waitFor(By.cssSelector(".ui-message-error"));
        assertThat(driver.findElements(By.id("confirmationNumber"))).isEmpty();
        type(By.id("cardLast4"), "1234");
        click(By.id("book"));
        String cn = text(By.id("confirmationNumber"));
        assertThat(text(By.id("bookedStatus"))).isEqualTo("Guaranteed");

        click(By.id("openReservation"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        waitForText(By.id("cn"), cn);
        BigDecimal before = amount(text(By.id("nightlyPrices:total")));

        // One more night: the new price is shown before anything is saved.
        click(By.id("modifyReservation"));
        setDate("newDeparture", arrival.plusDays(3).toString());
        click(By.id("previewChange"));
        BigDecimal newTotal = amount(text(By.id("newTotal")));
        assertThat(newTotal).isGreaterThan(before);
        assertThat(amount(text(By.id("difference")))).isEqualByComparingTo(newTotal.subtract(before));
        assertThat(amount(text(By.id("nightlyPrices:total")))).as("not saved yet").isEqualByComparingTo(before);
        screenshot("modify-preview");

        // Edited after the preview: saving shows the price of what would be saved instead, saves nothing.
        setDate("newDeparture", arrival.plusDays(4).toString());
        click(By.id("saveModification"));
        waitForText(By.id("messages"), "edited after its price was shown");
        assertThat(text(By.id("nights"))).isEqualTo("2");
        assertThat(amount(text(By.id("newTotal")))).isGreaterThan(newTotal);
        newTotal = amount(text(By.id("newTotal")));
        click(By.id("saveModification"));
        waitForText(By.id("nights"), "4");
        assertThat(amount(text(By.id("nightlyPrices:total")))).isEqualByComparingTo(newTotal);
        assertThat(text(By.id("messages"))).contains("is changed");
        // The History panel (newest first) shows the change just made: who, and the departure before and after.
        assertThat(driver.findElement(By.cssSelector("#history tbody tr")).getText()).contains("frontdesk", "changed",
                "departure", arrival.plusDays(2).toString(), arrival.plusDays(4).toString());
        screenshot("modified");

        // Cancelling a non-refundable stay: the dialog shows the fee (the rooms of the whole stay, without
        // the city tax, which is due only for nights stayed) before confirming.
        BigDecimal cityTax = driver.findElements(By.cssSelector("#nightlyPrices tbody tr td:nth-child(4)")).stream()
                .map(cell -> amount(cell.getText())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(cityTax).isPositive();
        BigDecimal rooms = newTotal.subtract(cityTax);
        click(By.id("cancelReservation"));
        waitFor(By.id("cancelFee"));
        assertThat(amount(text(By.id("cancelFee")))).isEqualByComparingTo(rooms);
        assertThat(text(By.id("status"))).isEqualTo("Guaranteed");
        screenshot("cancel-dialog");
        click(By.id("confirmCancel"));
        waitForText(By.id("status"), "Cancelled");
        assertThat(amount(text(By.id("feeCharged")))).isEqualByComparingTo(rooms);
        assertThat(driver.findElements(By.id("cancelReservation"))).isEmpty();
        screenshot("cancelled-with-fee");
    }

    @Test
    void searchFiltersByStatusAndChannel() {
        String lastName = "Walkin" + unique();
        logIn("frontdesk", "frontdesk");
        navigate("reservations/new.xhtml");
        LocalDate arrival = quietDate(5, 60);
        searchStay(arrival, arrival.plusDays(1), 1);
        click(By.cssSelector("#offers tr.offer-STD-BAR button[id$='choose']"));
        type(By.id("firstName"), "Wanda");
        type(By.id("lastName"), lastName);
        chooseButton("channel", "Walk-in");
        click(By.id("book"));
        String cn = text(By.id("confirmationNumber"));

        navigate("reservations/search.xhtml");
        type(By.id("text"), lastName);
        selectOneMenu("statusMenu", "CONFIRMED");
        selectOneMenu("channelMenu", "DESK_WALK_IN");
        click(By.id("search"));
        waitForText(By.id("results"), cn);
        screenshot("search-status-channel");

        selectOneMenu("channelMenu", "DESK_PHONE");
        click(By.id("search"));
        waitForText(By.id("results"), "No reservation found");

        // Every option of the demo hotel, and nothing else.
        type(By.id("text"), "");
        selectOneMenu("channelMenu", "");
        selectOneMenu("statusMenu", "OPTION");
        click(By.id("search"));
        wait.until(d -> !d.findElements(By.cssSelector("#results tbody tr.status-row-OPTION")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).allSatisfy(r -> assertThat(r.getAttribute("class")).contains("status-row-OPTION"));
        screenshot("search-options");
    }

    @Test
    void aSoldOutSuiteTakesTheGuestOntoTheWaitlist() {
        String lastName = "Group" + unique();
        logIn("frontdesk", "frontdesk");
        // a night whose suites no other test has sold out (ChannelRaceIT books them out on nights of the same years)
        LocalDate arrival = null;
        int left = 0;
        for (int attempt = 0; attempt < 10 && left == 0; attempt++) {
            arrival = quietDate(400, 300);
            navigate("reservations/new.xhtml");
            searchStay(arrival, arrival.plusDays(1), 2);
            waitFor(By.cssSelector("#offers tr[class*='offer-STD-']"));
            left = driver.findElements(By.cssSelector("#offers tr.offer-STE-BAR")).isEmpty() ? 0 : roomsLeft("STE", "BAR");
        }

        // Every suite left: up to five in one booking (all or none), then the rest.
        assertThat(left).isBetween(1, 6);
        boolean first = true;
        while (left > 0) {
            int rooms = Math.min(left, 5);
            if (!first) {
                click(By.id("startOver"));
                click(By.id("searchOffers"));
                assertThat(roomsLeft("STE", "BAR")).isEqualTo(left);
            }
            click(By.cssSelector("#offers tr.offer-STE-BAR button[id$='choose']"));
            type(By.id("firstName"), "Greta");
            type(By.id("lastName"), lastName);
            type(By.id("rooms_input"), String.valueOf(rooms));
            click(By.id("book"));
            waitFor(By.id("confirmationNumber"));
            if (rooms > 1) {
                assertThat(driver.findElements(By.cssSelector("#groupRooms a.group-cn"))).hasSize(rooms);
                screenshot("group-booked");
            }
            left -= rooms;
            first = false;
        }

        // Sold out now: the suite is listed as sold out, with the waitlist as the way forward.
        click(By.id("startOver"));
        click(By.id("searchOffers"));
        WebElement soldOut = waitFor(By.cssSelector("#unavailable tr.unavailable-STE-BAR"));
        assertThat(soldOut.getText()).contains("sold out");
        click(By.cssSelector("#unavailable tr.unavailable-STE-BAR button[id$='waitlist']"));
        waitFor(By.id("waitlistChosen"));
        type(By.id("firstName"), "Walter");
        type(By.id("lastName"), "Wait" + lastName);
        click(By.id("book"));
        String cn = text(By.id("confirmationNumber"));
        assertThat(text(By.id("bookedStatus"))).isEqualTo("Waitlisted");
        screenshot("waitlisted");

        navigate("reservations/waitlist.xhtml");
        WebElement queued = waitFor(By.cssSelector("#waitlist tr.cn-" + cn));
        assertThat(queued.getText()).contains("Walter Wait" + lastName).contains("STE");
        waitFor(By.id("notifications"));
        screenshot("waitlist-page");

        // The grid shows the night as sold out for suites.
        navigate("reservations/grid.xhtml");
        setDate("from", arrival.toString());
        click(By.id("show"));
        WebElement cell = waitFor(By.cssSelector("a.cell-STE-" + arrival));
        assertThat(cell.getText()).isEqualTo("0");
        assertThat(cell.findElement(By.xpath("..")).getAttribute("class")).contains("sold-out");
        screenshot("grid-sold-out");
    }

    @Test
    void theGridShowsRoomsLeftForThirtyNightsAndStartsABooking() {
        logIn("frontdesk", "frontdesk");
        navigate("reservations/grid.xhtml");
        waitFor(By.id("availabilityGrid"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#availabilityGrid tbody tr"));
        assertThat(rows).hasSize(5);
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells).hasSize(30);
            for (WebElement cell : cells) {
                int left = Integer.parseInt(cell.getText().strip());
                assertThat(left).isBetween(0, 20);
                assertThat(cell.getAttribute("class")).isEqualTo(left == 0 ? "sold-out" : left <= 2 ? "last-rooms" : "open");
            }
        }
        screenshot("grid");

        // A click on a night starts a reservation for that night, the room type pointed out.
        LocalDate night = LocalDate.now().plusDays(7);
        click(By.cssSelector("a.cell-FAM-" + night));
        wait.until(ExpectedConditions.urlContains("reservations/new.xhtml"));
        assertThat(waitFor(By.id("arrival_input")).getAttribute("value")).isEqualTo(night.toString());
        assertThat(driver.findElement(By.id("departure_input")).getAttribute("value")).isEqualTo(night.plusDays(1).toString());
        waitFor(By.cssSelector("#offers tr.preferred"));
        assertThat(driver.findElements(By.cssSelector("#offers tr.preferred")))
                .allSatisfy(r -> assertThat(r.getAttribute("class")).contains("offer-FAM-"));
        screenshot("grid-to-new-reservation");
    }

    @Test
    void deskPagesAreTranslatedToRussian() {
        logIn("frontdesk", "frontdesk");
        try {
            click(By.id("langRu"));
            wait.until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            navigate("reservations/new.xhtml");
            LocalDate newYearsEve = nextDecember(30);
            searchStay(newYearsEve, newYearsEve.plusDays(1), 1);
            assertThat(text(By.cssSelector("#unavailable tr.unavailable-STD-BAR"))).contains("минимальный срок проживания (ночей): 2");
            screenshot("russian-reasons");
            navigate("reservations/waitlist.xhtml");
            assertThat(text(By.cssSelector("h1"))).isEqualTo("Лист ожидания");
        } finally {
            click(By.id("langEn"));
            wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    @Test
    void aGuestWhoDidNotComeIsMarkedANoShowWithTheFeeOfTheBookedRate() {
        LocalDate today = LocalDate.now();
        String lastName = "Absent" + unique();
        logIn("frontdesk", "frontdesk");
        navigate("reservations/new.xhtml");
        searchStay(today, today.plusDays(1), 1);
        click(By.cssSelector("#offers tr[class*='-BAR'] button[id$='choose']"));
        type(By.id("firstName"), "Noah");
        type(By.id("lastName"), lastName);
        click(By.id("book"));
        text(By.id("confirmationNumber"));
        click(By.id("openReservation"));
        wait.until(ExpectedConditions.urlContains("reservations/view.xhtml"));
        BigDecimal firstNight = amount(driver.findElement(By.cssSelector("#nightlyPrices tbody tr td:nth-child(5)")).getText());

        // At midday the guest due today may still come: no no-show before the hotel's hour (defect 10). The
        // demo hotel's zone is the server's, which is this machine's.
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        if (now.toLocalDate().equals(org.innkeeper.it.rest.Api.businessDate()) && now.getHour() < 23) {
            org.innkeeper.it.rest.Api.withNoShowHour(23, () -> {
                driver.navigate().refresh();
                waitFor(By.id("status"));
                assertThat(driver.findElements(By.id("markNoShow"))).as("not before 23:00").isEmpty();
            });
        }
        org.innkeeper.it.rest.Api.withNoShowHour(0, () -> {
            driver.navigate().refresh();
            click(By.id("markNoShow"));
            click(By.id("confirmYes"));
            waitForText(By.id("status"), "No-show");
        });
        waitForText(By.id("status"), "No-show");
        assertThat(amount(text(By.id("feeCharged")))).as("BAR's no-show fee: the first night, without city tax")
                .isEqualByComparingTo(firstNight.subtract(amount(driver.findElement(
                        By.cssSelector("#nightlyPrices tbody tr td:nth-child(4)")).getText())));
        assertThat(driver.findElements(By.id("markNoShow"))).isEmpty();
        assertThat(driver.findElements(By.id("cancelReservation"))).isEmpty();
        screenshot("no-show");
    }

    private int roomsLeft(String roomType, String ratePlan) {
        return Integer.parseInt(waitFor(By.cssSelector("#offers tr.offer-" + roomType + "-" + ratePlan)).getText()
                .replaceAll("(?s).*Rooms left: (\\d+).*", "$1"));
    }

    private void searchStay(LocalDate arrival, LocalDate departure, int adults) {
        waitFor(By.id("searchOffers"));
        setDate("arrival", arrival.toString());
        setDate("departure", departure.toString());
        type(By.id("adults_input"), String.valueOf(adults));
        click(By.id("searchOffers"));
        wait.until(d -> !d.findElements(By.id("offers")).isEmpty() || !d.findElements(By.id("noOffers")).isEmpty());
    }

    /** The next given day of December far enough ahead to be bookable. */
    private static LocalDate nextDecember(int day) {
        LocalDate today = LocalDate.now();
        LocalDate date = LocalDate.of(today.getYear(), 12, day);
        return date.isAfter(today.plusDays(1)) ? date : date.plusYears(1);
    }

    /** A date {@code from} to {@code from + spread} days ahead, away from the year-end rules. */
    private static LocalDate quietDate(int from, int spread) {
        LocalDate date;
        do {
            date = LocalDate.now().plusDays(from + ThreadLocalRandom.current().nextInt(spread));
        } while (date.getMonthValue() == 12 || date.getMonthValue() == 1 && date.getDayOfMonth() < 5);
        return date;
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(",", "").replaceAll("[^0-9.\\-]", "").strip().toLowerCase(Locale.ROOT));
    }
}
