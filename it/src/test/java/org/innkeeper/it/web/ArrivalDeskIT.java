package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.innkeeper.it.rest.Api;
import org.innkeeper.it.rest.StayFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A morning at the arrival desk in a real browser: the board of the business date, auto-assignment,
 * a room taken back and the guest queued, the "not ready" filter, an upgrade refused without a
 * choice of rate, a guest checked in with a companion, the registration card printed, and the
 * check-in undone. The test books its own two
 * guests (through the channel API) for today in the room type with the most ready rooms.
 */
class ArrivalDeskIT extends DeskBrowser {

    @Test
    void aMorningAtTheArrivalDesk() throws Exception {
        LocalDate today = Api.businessDate();
        String roomType = roomTypeWithReadyRooms(today);
        String family = "Arrival" + unique();
        String duo = book(roomType, today, 2, "Duo" + family);
        String solo = book(roomType, today, 1, "Solo" + family);
        logIn("frontdesk", "frontdesk");

        // The board of the business date: both guests due, neither with a room yet.
        navigate("arrival/board.xhtml");
        assertThat(waitFor(row(duo)).getText()).contains("Ada Duo" + family, roomType, "No room yet", "Not ready");
        assertThat(driver.findElement(row(solo)).getText()).contains("Ada Solo" + family, "No room yet");
        screenshot("arrival-board");

        // Auto-assign the date: both get a room, and the board shows it with its housekeeping state.
        click(By.id("autoAssign"));
        click(By.id("confirmYes"));
        waitFor(By.id("autoAssignResult"));
        String duoRoom = stay(duo).path("roomNumber").asText();
        String soloRoom = stay(solo).path("roomNumber").asText();
        assertThat(duoRoom).as("room given to %s", duo).isNotBlank().isNotEqualTo("null");
        assertThat(soloRoom).as("room given to %s", solo).isNotBlank().isNotEqualTo("null").isNotEqualTo(duoRoom);
        assertThat(driver.findElement(By.cssSelector("#autoAssigned tr.cn-" + duo)).getText()).contains(duoRoom);
        assertThat(driver.findElement(row(duo)).findElement(By.cssSelector(".room-number")).getText()).isEqualTo(duoRoom);
        assertThat(driver.findElement(row(solo)).findElement(By.cssSelector(".room-number")).getText()).isEqualTo(soloRoom);
        screenshot("arrival-auto-assigned");

        // Take the room back from one guest, who then waits at the desk: a place in the queue.
        driver.findElement(row(solo)).findElement(By.cssSelector("button[id$='unassign']")).click();
        click(By.id("confirmYes"));
        wait.until(d -> d.findElement(row(solo)).getText().contains("No room yet"));
        assertThat(stay(solo).hasNonNull("roomNumber")).as("%s has a room", solo).isFalse();
        driver.findElement(row(solo)).findElement(By.cssSelector("button[id$='queue']")).click();
        waitForPage();
        wait.until(d -> d.findElement(row(solo)).getAttribute("class").contains("waiting"));
        assertThat(driver.findElement(row(solo)).findElement(By.cssSelector(".queue-badge")).getText()).isNotBlank();
        screenshot("arrival-queued");

        // Only the guests whose room is not ready: exactly those the service says, each marked so.
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);"); // the sticky top bar would hide the filters
        selectOneMenu("readyFilter", "false");
        click(By.id("show"));
        Set<String> notReady = confirmationNumbers(Api.get("/frontdesk/arrivals/board?date=" + today + "&ready=false",
                FRONT_DESK).ok(200));
        assertThat(notReady).contains(solo).doesNotContain(duo);
        wait.until(d -> shownConfirmationNumbers().equals(notReady));
        assertThat(driver.findElements(By.cssSelector("#arrivals tbody tr.ready-true"))).isEmpty();
        driver.findElements(By.cssSelector("#arrivals tbody tr[class*='cn-']"))
                .forEach(r -> assertThat(r.getText()).contains("Not ready"));
        screenshot("arrival-not-ready");
        click(By.id("clearFilters"));
        waitFor(row(duo));

        // Bad input: a room of another type without saying what happens to the rate is refused
        // with a readable message, and nothing changes.
        driver.findElement(row(solo)).findElement(By.cssSelector("button[id$='assign']")).click();
        waitForPage();
        waitFor(By.id("assignableRooms"));
        click(By.cssSelector("#otherTypes .ui-chkbox-box"));
        WebElement upgrade = waitFor(By.cssSelector("#assignableRooms tr.other-type"));
        upgrade.findElement(By.cssSelector("button[id$='give']")).click();
        waitForPage();
        waitForText(By.id("assignMessages"), "choose whether the booked rate stays or the price of the new room type is charged");
        assertThat(driver.findElement(By.id("assignMessages")).getText()).doesNotContain("KEEP", "REPRICE", "Exception");
        JsonNode unchanged = stay(solo);
        assertThat(unchanged.hasNonNull("roomNumber")).isFalse();
        assertThat(unchanged.path("roomType").asText()).isEqualTo(roomType);
        assertThat(unchanged.path("upgraded").asBoolean()).isFalse();
        screenshot("arrival-upgrade-needs-rate");
        ((JavascriptExecutor) driver).executeScript("PF('assignDialog').hide();");

        // The guest is a VIP with an alert on the profile: the clerk reads it before anything else.
        long guestId = Api.get("/frontdesk/arrivals/board?date=" + today + "&q=" + duo, FRONT_DESK).ok(200)
                .get(0).path("guestId").asLong();
        String alert = "Allergic to feathers: no down pillows";
        Api.patch("/guests/" + guestId, FRONT_DESK, Map.of("vipLevel", 2, "alert", alert)).ok(200);

        // Check in the guest with a companion: the profile first, the assigned room preselected.
        driver.findElement(row(duo)).findElement(By.cssSelector("a[href*='checkin.xhtml']")).click();
        waitForPage();
        waitFor(By.id("documentNumber"));
        assertThat(text(By.id("alert"))).contains(alert);
        assertThat(text(By.id("profile"))).contains("VIP 2");
        assertThat(text(By.id("guestName"))).isEqualTo("Ada Duo" + family);
        assertThat(text(By.id("pastStays"))).isEqualTo("First stay with us");
        assertThat(text(By.id("room_label"))).startsWith(duoRoom + " ");
        assertThat(driver.findElement(By.id("keys_input")).getAttribute("value")).as("a key per adult").isEqualTo("2");
        selectOneMenu("documentTypeMenu", "PASSPORT");
        type(By.id("documentNumber"), "P" + unique().toUpperCase(Locale.ROOT));
        selectOneMenu("nationalityMenu", "DE");
        setDate("birthDate", "1984-05-17");
        click(By.id("addCompanion"));
        type(By.cssSelector("input[id$='0:companionFirstName']"), "Bea");
        type(By.cssSelector("input[id$='0:companionLastName']"), "Companion" + family);
        screenshot("check-in-form");
        click(By.id("checkIn"));
        waitFor(By.id("checkedIn"));
        assertThat(text(By.id("messages"))).contains("Ada Duo" + family + " is checked in to room " + duoRoom);
        assertThat(text(By.id("checkedInRoom"))).isEqualTo(duoRoom);
        assertThat(text(By.id("checkedIn"))).contains("Bea Companion" + family);
        assertThat(driver.findElements(By.id("checkIn"))).as("no second check-in").isEmpty();
        screenshot("checked-in");

        // Opened again, the page of a guest in house offers no check-in.
        driver.navigate().refresh();
        waitForPage();
        waitFor(By.id("checkedIn"));
        assertThat(text(By.id("stayStatus"))).isEqualTo("In house");
        assertThat(driver.findElements(By.id("checkIn"))).isEmpty();

        // The registration card: a PDF naming the guest, the companion and the room.
        WebElement card = driver.findElement(By.id("registrationCard"));
        assertThat(card.getAttribute("target")).isEqualTo("_blank");
        String cardUrl = card.getAttribute("href");
        HttpResponse<byte[]> pdf = fetchWithSession(cardUrl);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(pdf.body().length).isGreaterThan(5_000);
        String cardText = firstPageText(pdf.body());
        assertThat(cardText).contains("Duo" + family, "Companion" + family, duoRoom);

        // Undo the check-in: a reason is asked for, then the guest is due in again and keeps the room.
        click(By.id("undoCheckIn"));
        waitFor(By.id("undoReason"));
        click(By.id("confirmUndo"));
        waitForText(By.id("undoForm"), "Give the reason");
        assertThat(stay(duo).path("status").asText()).isEqualTo("IN_HOUSE");
        type(By.id("undoReason"), "Checked in the wrong guest");
        click(By.id("confirmUndo"));
        waitFor(By.id("checkIn"));
        assertThat(text(By.id("messages"))).contains("The check-in of Ada Duo" + family + " is undone");
        assertThat(driver.findElements(By.id("checkedIn"))).isEmpty();
        JsonNode undone = stay(duo);
        assertThat(undone.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(undone.path("roomNumber").asText()).isEqualTo(duoRoom);
        screenshot("check-in-undone");
        assertThat(fetchWithSession(cardUrl).statusCode()).as("no card without a check-in").isEqualTo(409);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static By row(String cn) {
        return By.cssSelector("#arrivals tr.cn-" + cn);
    }

    private static JsonNode stay(String cn) {
        return Api.get("/frontdesk/reservations/" + cn + "/stay", FRONT_DESK).ok(200);
    }

    /** Books a guest of their own for today through the channel API; their confirmation number. */
    @SuppressWarnings("unchecked")
    private static String book(String roomType, LocalDate today, int adults, String lastName) {
        Map<String, Object> booking = Api.booking(roomType, "BAR", today, today.plusDays(2), adults, lastName);
        ((Map<String, Object>) booking.get("guest")).put("email", lastName.toLowerCase(Locale.ROOT) + "@example.org");
        return Api.post("/reservations", DEMO_CHANNEL, booking).ok(201).path("confirmationNumber").asText();
    }

    /**
     * The room type with the most rooms ready today that no arrival of today claims (the
     * auto-assignment gives rooms to every arrival of the date), sold for two nights to two adults.
     */
    private static String roomTypeWithReadyRooms(LocalDate today) {
        Map<String, Integer> spare = StayFixtures.readyRoomsByType();
        for (JsonNode arrival : Api.get("/frontdesk/arrivals/board?date=" + today + "&assigned=false", FRONT_DESK).ok(200)) {
            spare.merge(arrival.path("roomType").asText(), -1, Integer::sum);
        }
        JsonNode offers = Api.get("/availability?arrival=" + today + "&departure=" + today.plusDays(2) + "&adults=2",
                DEMO_CHANNEL).ok(200).path("offers");
        Set<String> sold = StreamSupport.stream(offers.spliterator(), false)
                .filter(o -> "BAR".equals(o.path("ratePlan").asText()) && o.path("roomsLeft").asInt() >= 2)
                .map(o -> o.path("roomType").asText()).collect(Collectors.toSet());
        String type = spare.entrySet().stream().filter(e -> sold.contains(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        assertThat(spare.get(type)).as("ready rooms of %s left after today's arrivals", type).isGreaterThanOrEqualTo(2);
        return type;
    }

    private static Set<String> confirmationNumbers(JsonNode arrivals) {
        return StreamSupport.stream(arrivals.spliterator(), false).map(a -> a.path("confirmationNumber").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> shownConfirmationNumbers() {
        return driver.findElements(By.cssSelector("#arrivals tbody tr[class*='cn-']")).stream()
                .flatMap(r -> Arrays.stream(r.getAttribute("class").split(" ")))
                .filter(c -> c.startsWith("cn-")).map(c -> c.substring(3))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A GET in the clerk's session, as the browser's new tab would send it. */
    private HttpResponse<byte[]> fetchWithSession(String url) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first page's text: the guest, the companions and the room stand at the top of the card. */
    private static String firstPageText(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }
}
