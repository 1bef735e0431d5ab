package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The manager's setup pages in a real browser, checked through what a channel then sees in the
 * availability API. Every test creates its own room type, rooms and rate plan, and works in March
 * 2028 so that nothing another test books or searches is disturbed.
 */
class SetupIT extends DeskBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void frontDeskIsRefusedTheSetupPages() {
        logIn("frontdesk", "frontdesk");
        assertThat(driver.findElements(By.cssSelector(".sidebar a[href*='/setup/']")))
                .as("the Setup menu is for managers only").isEmpty();
        for (String page : List.of("setup/roomtypes.xhtml", "setup/rateplans.xhtml", "setup/rates.xhtml",
                "setup/taxes.xhtml", "setup/hotel.xhtml")) {
            open(page);
            waitForText(By.cssSelector("h1"), "Not for your role");
            assertThat(driver.findElements(By.id("saveRoomType"))).isEmpty();
        }
        screenshot("setup-forbidden");
    }

    @Test
    void managerSetsUpARoomTypeAPlanPricesAndRestrictionsThatChannelsThenSee() throws Exception {
        String type = "T" + code().substring(0, 6);
        String plan = "P" + code().substring(0, 6);
        logIn("manager", "manager");
        assertThat(driver.findElements(By.cssSelector(".sidebar a[href*='/setup/']"))).hasSize(9);

        // A room type, refused first for a standard occupancy above what it sleeps (nothing created) ...
        navigate("setup/roomtypes.xhtml");
        waitFor(By.id("saveRoomType"));
        type(By.id("typeCode"), type);
        type(By.id("typeName"), "Garden Loft " + type);
        type(By.id("maxOccupancy"), "3");
        type(By.id("standardOccupancy"), "4");
        type(By.id("overbookingLimit"), "0");
        click(By.id("saveRoomType"));
        waitForText(By.id("messages"), "The guests in the price are 1 to the most the room sleeps.");
        screenshot("room-type-refused");
        open("setup/roomtypes.xhtml");
        waitFor(By.id("roomTypes"));
        assertThat(driver.findElements(roomTypeRow(type))).isEmpty();
        // ... then created, and two rooms added to it.
        type(By.id("typeCode"), type);
        type(By.id("typeName"), "Garden Loft " + type);
        type(By.id("maxOccupancy"), "3");
        type(By.id("standardOccupancy"), "2");
        type(By.id("overbookingLimit"), "0");
        click(By.id("saveRoomType"));
        waitForText(By.id("messages"), "Room type " + type + " saved.");
        assertThat(waitFor(roomTypeRow(type)).getText()).contains("Garden Loft " + type);
        for (int i = 0; i < 2; i++) {
            type(By.id("roomNumber"), "R" + code().substring(0, 6).toUpperCase(Locale.ROOT));
            type(By.id("roomFloor"), "9");
            selectOneMenu("roomRoomTypeMenu", type);
            click(By.id("addRoom"));
            waitForText(By.id("messages"), "added to " + type);
        }
        int expectedRooms = 2;
        wait.until(d -> d.findElement(roomTypeRow(type)).findElements(By.tagName("td")).get(5).getText().strip()
                .equals(String.valueOf(expectedRooms)));
        screenshot("room-type-with-rooms");
        // Changed: one room of overbooking allowed (sold on top of the two rooms).
        driver.findElement(roomTypeRow(type)).findElement(By.cssSelector("button[id$='edit']")).click();
        waitForPage();
        wait.until(d -> type.equals(d.findElement(By.id("typeCode")).getAttribute("value")));
        type(By.id("overbookingLimit"), "1");
        click(By.id("saveRoomType"));
        waitForText(By.id("messages"), "Room type " + type + " saved.");
        wait.until(d -> d.findElement(roomTypeRow(type)).findElements(By.tagName("td")).get(4).getText().strip()
                .equals("1"));

        // A plan derived from BAR at -10 %, non-refundable: a deposit of the whole stay, never free to cancel.
        navigate("setup/rateplans.xhtml");
        waitFor(By.id("saveRatePlan"));
        type(By.id("planCode"), plan);
        type(By.id("planName"), "Early bird " + plan);
        selectOneMenu("parentMenu", "BAR");
        type(By.id("adjustment"), "-10");
        selectOneMenu("guaranteeMenu", "DEPOSIT");
        type(By.id("depositPercent"), "100");
        click(By.cssSelector("label[for='refundable:1']"));
        selectOneMenu("cancellationFeeMenu", "FULL_STAY");
        selectOneMenu("noShowFeeMenu", "FULL_STAY");
        click(By.id("saveRatePlan"));
        waitForText(By.id("messages"), "Rate plan " + plan + " saved.");
        WebElement planRow = waitFor(By.xpath("//tbody[@id='ratePlans_data']/tr[td[1][normalize-space()='" + plan + "']]"));
        assertThat(planRow.getText()).contains("BAR", "-10");
        screenshot("rate-plan-saved");

        // BAR prices for the new type: 200 a night in the fortnight from Monday 6 March 2028, 260 on Fridays and Saturdays.
        navigate("setup/rates.xhtml");
        waitFor(By.id("setPrices"));
        selectOneMenu("priceRatePlanMenu", "BAR");
        setChecked("priceRoomTypes", Set.of(type));
        setDate("priceFrom", "2028-03-06");
        setDate("priceTo", "2028-03-19");
        type(By.id("amount"), "200");
        click(By.id("setPrices"));
        waitForText(By.id("messages"), "Prices set for 14 nights.");
        setChecked("priceWeekdays", Set.of("FRIDAY", "SATURDAY"));
        type(By.id("amount"), "260");
        click(By.id("setPrices"));
        waitForText(By.id("messages"), "Prices set for 4 nights.");
        assertThat(waitFor(calendarCell(type, "2028-03-10")).getText()).contains("260.00");
        assertThat(driver.findElement(calendarCell(type, "2028-03-09")).getText()).contains("200.00");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('calendar').scrollIntoView();");
        screenshot("prices-set");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");

        // A negative price is refused with a message; the Friday keeps its price.
        type(By.id("amount"), "-5");
        click(By.id("setPrices"));
        waitForText(By.id("messages"), "A price is between 0 and 999999.99.");
        screenshot("price-refused");

        // Minimum stay 4 nights for arrivals on Thursday 16 March, on the new plan and type only.
        setChecked("restrictionRatePlans", Set.of(plan));
        setChecked("restrictionRoomTypes", Set.of(type));
        setDate("restrictionFrom", "2028-03-16");
        setDate("restrictionTo", "2028-03-16");
        type(By.id("minStay"), "4");
        click(By.id("setRestrictions"));
        waitForText(By.id("messages"), "Restrictions set on 1 plan-room type-dates.");
        assertThat(waitFor(calendarCell(type, "2028-03-16")).getText()).contains("min 4");
        assertThat(driver.findElement(calendarCell(type, "2028-03-17")).getText()).doesNotContain("min");
        screenshot("restriction-set");

        // A minimum stay above the maximum is refused, and nothing of it is kept (Thursday 9 March stays open).
        setDate("restrictionFrom", "2028-03-09");
        setDate("restrictionTo", "2028-03-09");
        type(By.id("minStay"), "5");
        type(By.id("maxStay"), "2");
        click(By.id("setRestrictions"));
        waitForText(By.id("messages"), "not shorter than the minimum stay");
        screenshot("restriction-refused");

        // What a channel sees: the derived plan at 90 % of BAR's prices, non-refundable ...
        JsonNode stay = availability("2028-03-09", "2028-03-12");
        JsonNode offer = offer(stay, type, plan);
        assertThat(offer).as("offer %s/%s in %s", type, plan, stay).isNotNull();
        assertThat(nightPrices(offer)).containsExactly(new BigDecimal("180.00"), new BigDecimal("234.00"),
                new BigDecimal("234.00"));
        assertThat(offer.path("policies").path("refundable").asBoolean(true)).isFalse();
        assertThat(offer.path("policies").path("guarantee").asText()).isEqualTo("DEPOSIT");
        assertThat(offer.path("policies").path("freeCancellationUntil").isNull()
                || offer.path("policies").path("freeCancellationUntil").isMissingNode()).isTrue();
        assertThat(offer.path("roomsLeft").asInt()).as("two rooms and one overbooked").isEqualTo(3);
        JsonNode bar = offer(stay, type, "BAR");
        assertThat(nightPrices(bar)).containsExactly(new BigDecimal("200.00"), new BigDecimal("260.00"),
                new BigDecimal("260.00"));

        // ... and a two-night stay from 16 March is not sold on it, for the minimum stay; BAR still is.
        JsonNode restricted = availability("2028-03-16", "2028-03-18");
        assertThat(offer(restricted, type, plan)).as("restricted offer in %s", restricted).isNull();
        JsonNode refused = null;
        for (JsonNode u : restricted.path("unavailable")) {
            if (type.equals(u.path("roomType").asText()) && plan.equals(u.path("ratePlan").asText())) {
                refused = u;
            }
        }
        assertThat(refused).as("unavailable %s/%s in %s", type, plan, restricted).isNotNull();
        List<String> reasons = new ArrayList<>();
        refused.path("reasons").forEach(r -> reasons.add(r.path("code").asText()));
        assertThat(reasons).contains("min-stay");
        assertThat(offer(restricted, type, "BAR")).isNotNull();
        // four nights meet the minimum stay
        assertThat(offer(availability("2028-03-16", "2028-03-20"), type, plan)).isNotNull();

        // The plan changed to -20 %: the form comes back with its terms, only the adjustment is changed.
        navigate("setup/rateplans.xhtml");
        By row = By.xpath("//tbody[@id='ratePlans_data']/tr[td[1][normalize-space()='" + plan + "']]");
        waitFor(row).findElement(By.cssSelector("button[id$='edit']")).click();
        waitForPage();
        wait.until(d -> plan.equals(d.findElement(By.id("planCode")).getAttribute("value")));
        type(By.id("adjustment"), "-20");
        click(By.id("saveRatePlan"));
        waitForText(By.id("messages"), "Rate plan " + plan + " saved.");
        waitForText(row, "-20");
        screenshot("rate-plan-changed");
        JsonNode changed = offer(availability("2028-03-09", "2028-03-12"), type, plan);
        assertThat(nightPrices(changed)).containsExactly(new BigDecimal("160.00"), new BigDecimal("208.00"),
                new BigDecimal("208.00"));
        assertThat(changed.path("policies").path("refundable").asBoolean(true)).isFalse();
        assertThat(changed.path("policies").path("guarantee").asText()).isEqualTo("DEPOSIT");
        assertThat(changed.path("policies").path("depositPercent").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void managerIsToldWhatIsWrongWithARatePlanOrTaxesAndNothingIsSaved() throws Exception {
        String plan = "Q" + code().substring(0, 6);
        logIn("manager", "manager");

        // A deposit guarantee without a deposit percentage: refused, the plan does not exist.
        navigate("setup/rateplans.xhtml");
        waitFor(By.id("saveRatePlan"));
        type(By.id("planCode"), plan);
        type(By.id("planName"), "No deposit " + plan);
        selectOneMenu("guaranteeMenu", "DEPOSIT");
        click(By.id("saveRatePlan"));
        waitForText(By.id("messages"), "A deposit guarantee needs a deposit above 0");
        open("setup/rateplans.xhtml");
        waitFor(By.id("ratePlans"));
        assertThat(driver.findElements(By.xpath("//tbody[@id='ratePlans_data']/tr[td[1][normalize-space()='" + plan + "']]")))
                .isEmpty();
        assertThat(offers(availability("2028-04-04", "2028-04-06"), plan)).isEmpty();
        screenshot("rate-plan-refused");

        // Taxes out of range: a message, and the settings on a fresh page are what they were.
        navigate("setup/taxes.xhtml");
        String vat = waitFor(By.id("vatPercent")).getAttribute("value");
        String cityTax = driver.findElement(By.id("cityTax")).getAttribute("value");
        type(By.id("vatPercent"), "75");
        click(By.id("saveTaxes"));
        waitForText(By.id("messages"), "VAT is between 0 and 50 %.");
        screenshot("taxes-refused");
        open("setup/taxes.xhtml");
        assertThat(waitFor(By.id("vatPercent")).getAttribute("value")).isEqualTo(vat);
        assertThat(driver.findElement(By.id("cityTax")).getAttribute("value")).isEqualTo(cityTax);

        // The hotel's settings: the hours are hotel time; a changed hour is kept, and put back.
        navigate("setup/hotel.xhtml");
        assertThat(text(By.id("timeZone"))).isNotBlank();
        WebElement checkOut = waitFor(By.cssSelector("#checkOutHour input"));
        String before = checkOut.getAttribute("value");
        type(By.cssSelector("#checkOutHour input"), "12");
        click(By.id("saveHotel"));
        waitForText(By.id("messages"), "Hotel settings saved.");
        open("setup/hotel.xhtml");
        assertThat(waitFor(By.cssSelector("#checkOutHour input")).getAttribute("value")).isEqualTo("12");
        type(By.cssSelector("#checkOutHour input"), before);
        click(By.id("saveHotel"));
        waitForText(By.id("messages"), "Hotel settings saved.");
        navigate("setup/taxes.xhtml");
        waitFor(By.id("vatPercent"));

        // Russian: the same refusal in the manager's language.
        try {
            click(By.id("langRu"));
            wait.until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            type(By.id("vatPercent"), "75");
            click(By.id("saveTaxes"));
            waitForText(By.id("messages"), "НДС — от 0 до 50 %.");
            screenshot("taxes-refused-russian");
        } finally {
            click(By.id("langEn"));
            wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
    }

    /**
     * Issue 10's pages for managers, opened as a manager would: the staff accounts, the audit trail (which
     * shows the check-out hour just changed and put back by this test, and who did it), and their own password page.
     */
    @Test
    void managerSeesTheStaffTheAuditTrailAndTheirOwnPasswordPage() {
        logIn("manager", "manager");
        navigate("setup/staff.xhtml");
        assertThat(text(By.id("staffTable"))).contains("manager").contains("frontdesk").contains("housekeeping");
        screenshot("staff-accounts");

        navigate("setup/hotel.xhtml");
        String before = waitFor(By.cssSelector("#noShowHour input")).getAttribute("value");
        String changed = "17".equals(before) ? "19" : "17";
        type(By.cssSelector("#noShowHour input"), changed);
        click(By.id("saveHotel"));
        waitForText(By.id("messages"), "Hotel settings saved.");
        type(By.cssSelector("#noShowHour input"), before);
        click(By.id("saveHotel"));
        waitForText(By.id("messages"), "Hotel settings saved.");

        navigate("reports/history.xhtml");
        type(By.id("actor"), "manager");
        click(By.id("searchChanges"));
        waitForText(By.id("changes"), changed);
        assertThat(text(By.id("changes"))).contains("manager");
        screenshot("audit-trail");

        click(By.id("myPassword"));
        waitFor(By.id("currentPassword"));
        assertThat(driver.findElements(By.id("changePassword"))).isNotEmpty();
    }

    // --- the channel's view ----------------------------------------------------------------------

    private static JsonNode availability(String arrival, String departure) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/availability?arrival=" + arrival
                        + "&departure=" + departure + "&adults=2"))
                .header("Authorization", "Bearer demo-channel-key").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode offer(JsonNode availability, String roomType, String ratePlan) {
        for (JsonNode o : availability.path("offers")) {
            if (roomType.equals(o.path("roomType").asText()) && ratePlan.equals(o.path("ratePlan").asText())) {
                return o;
            }
        }
        return null;
    }

    private static List<JsonNode> offers(JsonNode availability, String ratePlan) {
        List<JsonNode> found = new ArrayList<>();
        availability.path("offers").forEach(o -> {
            if (ratePlan.equals(o.path("ratePlan").asText())) {
                found.add(o);
            }
        });
        return found;
    }

    private static List<BigDecimal> nightPrices(JsonNode offer) {
        List<BigDecimal> prices = new ArrayList<>();
        offer.path("nights").forEach(n -> prices.add(n.path("price").decimalValue().setScale(2)));
        return prices;
    }

    // --- helpers -------------------------------------------------------------------------------

    private static By roomTypeRow(String code) {
        return By.xpath("//tbody[@id='roomTypes_data']/tr[td[1][normalize-space()='" + code + "']]");
    }

    private static By calendarCell(String roomType, String date) {
        return By.cssSelector("#calendar td.cal-" + roomType + "-" + date);
    }

    /** Ticks exactly these boxes (by the value of the native inputs behind PrimeFaces' boxes, which are what is posted). */
    private void setChecked(String id, Set<String> values) {
        for (WebElement box : driver.findElements(By.cssSelector("#" + id + " .ui-chkbox"))) {
            WebElement input = box.findElement(By.tagName("input"));
            boolean wanted = values.contains(input.getAttribute("value"));
            if (input.isSelected() != wanted) {
                WebElement visible = box.findElement(By.cssSelector(".ui-chkbox-box"));
                // clear of the sticky top bar
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", visible);
                visible.click();
            }
        }
        wait.until(d -> d.findElements(By.cssSelector("#" + id + " input[type=checkbox]")).stream()
                .allMatch(i -> i.isSelected() == values.contains(i.getAttribute("value"))));
    }

    /** A fresh code for what a test creates (codes are upper case). */
    private static String code() {
        return unique().toUpperCase(Locale.ROOT);
    }
}
