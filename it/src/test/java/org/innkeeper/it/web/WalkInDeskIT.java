package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.innkeeper.it.rest.Api;
import org.innkeeper.it.rest.StayFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A guest walks in without a booking: the clerk finds tonight's offers (the channels' prices), takes
 * one, registers the guest and checks them in in one step; the guest is then in house on the desk
 * channel for walk-ins. A walk-in refused on a bad document leaves nothing booked. Each test finds
 * its own room type with a room ready now and gives the room back when it is done.
 */
class WalkInDeskIT extends DeskBrowser {

    @Test
    void aWalkInFromTheOffersToCheckedIn() {
        LocalDate today = Api.businessDate();
        JsonNode channelOffer = offerWithAReadyRoom(today);
        String roomType = channelOffer.path("roomType").asText();
        String lastName = "Walkin" + unique();
        logIn("frontdesk", "frontdesk");
        navigate("arrival/walkin.xhtml");

        // Tonight's offers, at the price a channel is offered for the same stay.
        WebElement offer = searchOffer(roomType);
        assertThat(offer.getText()).contains(String.format(Locale.US, "%,.2f", channelOffer.path("total").decimalValue()));
        screenshot("walk-in-offers");
        offer.findElement(By.cssSelector("button[id$='choose']")).click();
        waitForPage();

        // The guest, the identity, a room named from the ready rooms of the type.
        register(lastName, "P" + unique().toUpperCase(Locale.ROOT));
        List<String> readyRooms = new Select(driver.findElement(By.id("room_input"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(readyRooms).as("ready rooms of %s offered", roomType).isNotEmpty();
        String room = readyRooms.get(0);
        selectOneMenu("roomMenu", room);
        screenshot("walk-in-form");
        click(By.id("checkIn"));

        // Checked in: the room, the card and the folio one click away.
        waitFor(By.id("checkedIn"));
        String cn = text(By.id("confirmationNumber"));
        assertThat(text(By.id("messages"))).contains("Ada " + lastName + " is checked in to room " + room);
        assertThat(text(By.id("checkedInRoom"))).isEqualTo(room);
        assertThat(driver.findElement(By.id("registrationCard")).getAttribute("href")).endsWith("/arrival/registration-card?cn=" + cn);
        screenshot("walk-in-checked-in");

        // In house, booked on the desk's walk-in channel at the channels' price.
        assertThat(StreamSupport.stream(Api.get("/frontdesk/in-house", FRONT_DESK).ok(200).spliterator(), false)
                .map(r -> r.path("confirmationNumber").asText())).contains(cn);
        JsonNode reservation = Api.get("/reservations/" + cn, FRONT_DESK).ok(200);
        assertThat(reservation.path("channel").asText()).isEqualTo("DESK_WALK_IN");
        assertThat(reservation.path("status").asText()).isEqualTo("IN_HOUSE");
        assertThat(reservation.path("total").decimalValue()).isEqualByComparingTo(channelOffer.path("total").decimalValue());
        assertThat(StayFixtures.stay(cn).path("roomNumber").asText()).isEqualTo(room);

        // The folio is open from tonight.
        click(By.id("openFolio"));
        wait.until(ExpectedConditions.urlContains("cn=" + cn));
        assertThat(driver.getCurrentUrl()).contains("/departure/folio");
        screenshot("walk-in-folio");

        StayFixtures.release(new StayFixtures.Guest(cn, "Ada " + lastName, roomType, room, today, today.plusDays(1)));
    }

    @Test
    void aRefusedWalkInIsShownAndBooksNothing() {
        LocalDate today = Api.businessDate();
        String roomType = offerWithAReadyRoom(today).path("roomType").asText();
        String lastName = "Refused" + unique();
        logIn("frontdesk", "frontdesk");
        navigate("arrival/walkin.xhtml");

        searchOffer(roomType).findElement(By.cssSelector("button[id$='choose']")).click();
        waitForPage();
        register(lastName, "<x>");
        click(By.id("checkIn"));

        waitForText(By.id("messages"), "Nothing was booked");
        String shown = text(By.id("messages"));
        assertThat(shown).contains("The document number has 4 to 40 letters, digits, spaces or dashes.")
                .doesNotContain("Exception", "documentNumber");
        assertThat(driver.findElements(By.id("checkedIn"))).isEmpty();
        assertThat(driver.findElement(By.id("lastName")).getAttribute("value")).as("the form kept").isEqualTo(lastName);
        screenshot("walk-in-refused");
        assertThat(Api.get("/guests?q=" + lastName, FRONT_DESK).ok(200)).as("no guest, no reservation").isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Step 1 for one adult, one night; the offer row of the room type at BAR. */
    private WebElement searchOffer(String roomType) {
        assertThat(text(By.id("arrival"))).isNotEmpty();
        click(By.id("searchOffers"));
        return waitFor(By.cssSelector("#offers tr.offer-" + roomType + "-BAR"));
    }

    private void register(String lastName, String documentNumber) {
        waitFor(By.id("firstName"));
        type(By.id("firstName"), "Ada");
        type(By.id("lastName"), lastName);
        type(By.id("email"), lastName.toLowerCase(Locale.ROOT) + "@example.org");
        type(By.id("phone"), "+49 30 1234567");
        selectOneMenu("documentTypeMenu", "PASSPORT");
        type(By.id("documentNumber"), documentNumber);
        selectOneMenu("nationalityMenu", "DE");
        setDate("birthDate", "1988-02-29");
    }

    /**
     * A channel's BAR offer for one adult tonight, of a room type with a room ready now (vacant
     * rooms left dirty by earlier tests are cleaned first where none is).
     */
    private static JsonNode offerWithAReadyRoom(LocalDate today) {
        JsonNode offers = Api.get("/availability?arrival=" + today + "&departure=" + today.plusDays(1) + "&adults=1",
                DEMO_CHANNEL).ok(200).path("offers");
        List<JsonNode> bar = StreamSupport.stream(offers.spliterator(), false)
                .filter(o -> "BAR".equals(o.path("ratePlan").asText()) && o.path("roomsLeft").asInt() >= 1).toList();
        Map<String, Integer> ready = StayFixtures.readyRoomsByType();
        return bar.stream().filter(o -> ready.getOrDefault(o.path("roomType").asText(), 0) > 0).findFirst()
                .or(() -> bar.stream().filter(o -> StayFixtures.cleanVacantRooms(o.path("roomType").asText()) > 0).findFirst())
                .orElseThrow(() -> new AssertionError("no room type sold tonight has a room ready"));
    }
}
