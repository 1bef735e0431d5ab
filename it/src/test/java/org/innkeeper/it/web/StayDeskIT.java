package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.innkeeper.it.rest.Api;
import org.innkeeper.it.rest.StayFixtures;
import org.innkeeper.it.rest.StayFixtures.Guest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The stay at the desk in a real browser: guests extended, sent home early, moved (with a reason),
 * a move planned for tomorrow and called off; rooms taken out of order and a block refused; the
 * room rack with its stays and a reservation given a room from it. Every test checks its own guests in through the REST API.
 */
class StayDeskIT extends DeskBrowser {

    private final List<Guest> guests = new ArrayList<>();

    /** Tonight's rooms back on sale for the tests that follow. */
    @AfterEach
    void releaseGuests() {
        guests.forEach(StayFixtures::release);
    }

    private Guest inHouse(String lastName, int nights) {
        Guest guest = StayFixtures.inHouse(lastName, nights);
        guests.add(guest);
        return guest;
    }

    @Test
    void clerkExtendsOneGuestAndSendsAnotherHomeEarly() {
        Guest staying = inHouse("Extend" + unique(), 2);
        Guest leaving = inHouse("Early" + unique(), 3);
        logIn("frontdesk", "frontdesk");
        navigate("stay/inhouse.xhtml");

        // One more night: priced and saved, the list shows the new departure.
        LocalDate longer = staying.departure().plusDays(1);
        click(row(staying).findElement(By.cssSelector("button[id$='extend']")));
        waitFor(By.id("newDeparture_input"));
        assertThat(text(By.id("departureMode"))).isEqualTo("Extend the stay");
        setDate("newDeparture", longer.toString());
        screenshot("extend-dialog");
        click(By.id("confirmDeparture"));
        waitForText(By.id("messages"), staying.name() + " now leaves on " + longer);
        assertThat(StayFixtures.stay(staying.confirmationNumber()).path("departure").asText()).isEqualTo(longer.toString());
        screenshot("extended");

        // A departure before the stay ends is no extension: refused, and nothing changes.
        click(row(staying).findElement(By.cssSelector("button[id$='extend']")));
        waitFor(By.id("newDeparture_input"));
        setDate("newDeparture", staying.arrival().toString());
        click(By.id("confirmDeparture"));
        waitForText(By.id("departureMessages"), "Check the new departure");
        screenshot("extend-refused");
        assertThat(StayFixtures.stay(staying.confirmationNumber()).path("departure").asText()).isEqualTo(longer.toString());
        click(By.id("closeDeparture"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("departureDialog_modal")));

        // Leaving after the first night instead of three: the nights given up go back on sale.
        LocalDate early = leaving.arrival().plusDays(1);
        click(row(leaving).findElement(By.cssSelector("button[id$='shorten']")));
        waitFor(By.id("newDeparture_input"));
        assertThat(text(By.id("departureMode"))).isEqualTo("Early departure");
        assertThat(driver.findElement(By.id("newDeparture_input")).getAttribute("value")).isEqualTo(early.toString());
        click(By.id("confirmDeparture"));
        waitForText(By.id("messages"), leaving.name() + " now leaves on " + early);
        assertThat(StayFixtures.stay(leaving.confirmationNumber()).path("departure").asText()).isEqualTo(early.toString());
        screenshot("shortened");
    }

    @Test
    void clerkMovesAGuestForAReasonAndTheOldRoomNeedsCleaning() {
        Guest guest = inHouse("Move" + unique(), 2);
        StayFixtures.cleanVacantRooms(guest.roomType()); // a room to move to
        logIn("frontdesk", "frontdesk");
        navigate("stay/inhouse.xhtml");

        click(row(guest).findElement(By.cssSelector("button[id$='move']")));
        waitFor(By.id("moveReason"));
        String target = driver.findElement(By.id("moveRoom_input")).getAttribute("value");
        assertThat(target).isNotBlank().isNotEqualTo(guest.roomNumber());
        screenshot("move-dialog");

        // No reason, no move.
        click(By.id("confirmMove"));
        waitForText(By.id("moveMessages"), "Give the reason for the move");
        assertThat(StayFixtures.stay(guest.confirmationNumber()).path("roomNumber").asText()).isEqualTo(guest.roomNumber());

        type(By.id("moveReason"), "noisy neighbours");
        click(By.id("confirmMove"));
        waitForText(By.id("messages"), "moved from room " + guest.roomNumber() + " to room " + target);
        wait.until(d -> row(guest).findElement(By.cssSelector(".room-number")).getText().equals(target));
        assertThat(StayFixtures.stay(guest.confirmationNumber()).path("roomNumber").asText()).isEqualTo(target);
        screenshot("moved");

        navigate("stay/rooms.xhtml");
        WebElement oldRoom = waitFor(By.cssSelector("#rooms tr.room-no-" + guest.roomNumber()));
        assertThat(oldRoom.getAttribute("class")).contains("room-VACANT").contains("hk-DIRTY");
        assertThat(driver.findElement(By.cssSelector("#rooms tr.room-no-" + target)).getAttribute("class")).contains("room-OCCUPIED");
        screenshot("old-room-dirty");
    }

    @Test
    void clerkPlansAMoveForTomorrowCallsItOffAndIsRefusedANightOutsideTheStay() {
        Guest guest = inHouse("Plan" + unique(), 3);
        StayFixtures.cleanVacantRooms(guest.roomType());
        LocalDate today = StayFixtures.today();
        LocalDate tomorrow = today.plusDays(1);
        logIn("frontdesk", "frontdesk");
        navigate("stay/inhouse.xhtml");
        assertThat(text(By.id("movesDue"))).doesNotContain(guest.name());

        // Tonight by default; tomorrow turns the move into a plan, with rooms of the guest's type only.
        click(row(guest).findElement(By.cssSelector("button[id$='move']")));
        waitFor(By.id("moveReason"));
        assertThat(driver.findElement(By.id("moveOn_input")).getAttribute("value")).isEqualTo(today.toString());
        assertThat(text(By.id("confirmMove"))).isEqualTo("Move the guest");
        pickNight(tomorrow);
        screenshot("plan-move-tomorrow");
        waitForText(By.id("confirmMove"), "Plan the move");
        assertThat(text(By.id("moveMode"))).contains("the move is planned");
        List<String> offered = driver.findElements(By.cssSelector("#moveRoom_input option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isBlank()).toList();
        assertThat(offered).isNotEmpty().doesNotContain(guest.roomNumber())
                .allSatisfy(room -> assertThat(StayFixtures.room(room).path("roomType").asText()).isEqualTo(guest.roomType()));
        String target = driver.findElement(By.id("moveRoom_input")).getAttribute("value");
        type(By.id("moveReason"), "quieter room from the second night");
        screenshot("plan-move-dialog");
        click(By.id("confirmMove"));
        waitForText(By.id("messages"), "move from room " + guest.roomNumber() + " to room " + target
                + " planned from the night of " + tomorrow);
        WebElement note = waitFor(By.cssSelector("#inHouse tr.cn-" + guest.confirmationNumber() + " .planned-move"));
        assertThat(note.getText()).contains("Move planned to room " + target + " from the night of " + tomorrow);
        screenshot("move-planned");

        // The API has it SCHEDULED for tomorrow; tonight the guest is still in the old room.
        JsonNode planned = movePlannedFor(guest, tomorrow);
        assertThat(planned.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(planned.path("fromRoom").asText()).isEqualTo(guest.roomNumber());
        assertThat(planned.path("toRoom").asText()).isEqualTo(target);
        assertThat(planned.path("reason").asText()).isEqualTo("quieter room from the second night");
        assertThat(StayFixtures.stay(guest.confirmationNumber()).path("roomNumber").asText()).isEqualTo(guest.roomNumber());
        assertThat(centred(By.id("movesDue")).getText()).as("due tomorrow, not today").doesNotContain(guest.name());
        screenshot("moves-due-today");

        // The day of departure is no night of the stay: refused in the dialog, the plan stays as it was.
        click(centred(By.cssSelector("#inHouse tr.cn-" + guest.confirmationNumber() + " button[id$='move']")));
        waitFor(By.id("moveReason"));
        pickNight(guest.departure());
        waitForText(By.id("confirmMove"), "Plan the move");
        type(By.id("moveReason"), "view");
        click(By.id("confirmMove"));
        waitForText(By.id("moveMessages"), "The move was not planned, nothing was changed");
        assertThat(text(By.id("moveMessages"))).contains("the stay ends on " + guest.departure());
        screenshot("plan-move-refused");
        assertThat(StayFixtures.plannedMoves(guest.confirmationNumber())).singleElement()
                .satisfies(m -> assertThat(m.path("id").asLong()).isEqualTo(planned.path("id").asLong()));
        click(By.id("closeMove"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("moveDialog_modal")));

        // Called off (after a confirmation): the note goes, the guest keeps the room for every night.
        click(centred(By.cssSelector("#inHouse tr.cn-" + guest.confirmationNumber() + " .planned-move a[id$='callOffPlanned']")));
        click(By.id("confirmYes"));
        waitForText(By.id("messages"), "is called off; the guest keeps room " + guest.roomNumber());
        assertThat(row(guest).findElements(By.cssSelector(".planned-move"))).isEmpty();
        screenshot("planned-move-called-off");
        assertThat(StayFixtures.plannedMoves(guest.confirmationNumber())).isEmpty();
        Api.post("/frontdesk/moves/" + planned.path("id").asText() + "/cancel", Api.FRONT_DESK, null)
                .problem(409, "invalid-state");
        JsonNode rack = Api.get("/rooms/rack?from=" + tomorrow + "&days=1", Api.FRONT_DESK).ok(200);
        List<String> roomsTomorrow = new ArrayList<>();
        rack.path("rooms").forEach(r -> r.path("segments").forEach(seg -> {
            if (seg.path("confirmationNumber").asText().equals(guest.confirmationNumber())) {
                roomsTomorrow.add(r.path("roomNumber").asText());
            }
        }));
        assertThat(roomsTomorrow).as("tomorrow back in the old room").containsExactly(guest.roomNumber());
    }

    /** The SCHEDULED move of the guest among those the API says are due by the date. */
    private static JsonNode movePlannedFor(Guest guest, LocalDate date) {
        List<JsonNode> due = new ArrayList<>();
        Api.get("/frontdesk/moves?date=" + date, Api.FRONT_DESK).ok(200).forEach(due::add);
        return due.stream().filter(m -> m.path("confirmationNumber").asText().equals(guest.confirmationNumber()))
                .findFirst().orElseThrow(() -> new AssertionError("no move planned for " + guest.confirmationNumber()));
    }

    /** The move dialog's night: typed over and left (tab) as the clerk would; the rooms offered reload. */
    private void pickNight(LocalDate night) {
        WebElement input = waitFor(By.id("moveOn_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), night.toString(), Keys.TAB);
        waitForPage();
    }

    @Test
    void clerkTakesARoomOutOfOrderIsRefusedAnOccupiedOneAndBringsItBack() {
        Guest guest = inHouse("Block" + unique(), 2);
        String room = StayFixtures.anyRoom();
        LocalDate from = StayFixtures.today().plusDays(ThreadLocalRandom.current().nextInt(400, 700));
        String reason = "Water damage " + unique();
        logIn("frontdesk", "frontdesk");
        navigate("stay/rooms.xhtml");
        waitFor(By.id("blockButton"));

        // Far ahead nothing is sold: the room leaves inventory for two nights.
        fillBlock(room, from, from.plusDays(2), reason);
        screenshot("block-form");
        click(By.id("blockButton"));
        waitForText(By.id("messages"), "Room " + room + " is Out of order");
        WebElement block = waitFor(By.xpath("//*[@id='blocks']//tr[contains(., '" + reason + "')]"));
        assertThat(block.getText()).contains(room).contains("Out of order");
        screenshot("blocked");

        // The guest's room tonight can't go out of order: refused with the reason, nothing saved.
        LocalDate today = StayFixtures.today();
        String refusedReason = "Refused " + unique();
        fillBlock(guest.roomNumber(), today, today.plusDays(1), refusedReason);
        click(By.id("blockButton"));
        waitForText(By.id("messages"), "nothing was changed");
        assertThat(text(By.id("messages"))).contains("room " + guest.roomNumber() + " is given to another stay");
        assertThat(driver.findElement(By.id("blocks")).getText()).doesNotContain(refusedReason);
        screenshot("block-refused");

        // Back in service: the block leaves the list.
        click(By.xpath("//*[@id='blocks']//tr[contains(., '" + reason + "')]//button[contains(@id,'endBlock')]"));
        click(By.id("confirmYes"));
        waitForText(By.id("messages"), "Room " + room + " is back in service");
        assertThat(driver.findElement(By.id("blocks")).getText()).doesNotContain(reason);
        assertThat(driver.findElements(By.id("discrepancies"))).isNotEmpty();
        screenshot("block-ended");
    }

    @Test
    void rackShowsStaysAndGivesAReservationARoom() {
        Guest guest = inHouse("Rack" + unique(), 3);
        Guest waiting = StayFixtures.booked("Unassigned" + unique(), StayFixtures.today().plusDays(2), 2);
        guests.add(waiting);
        logIn("frontdesk", "frontdesk");
        navigate("stay/rack.xhtml");

        // 14 nights by default; the guest in the house is a bar on their room's line.
        waitFor(By.id("rack"));
        assertThat(driver.findElements(By.cssSelector("#rack thead th.day"))).hasSize(14);
        WebElement bar = waitFor(By.cssSelector("#rack tr.rack-room-" + guest.roomNumber() + " .bar.cn-" + guest.confirmationNumber()));
        assertThat(bar.getText()).contains(guest.name());
        assertThat(bar.getAttribute("class")).contains("bar-IN_HOUSE");
        screenshot("rack");

        // The reservation without a room is listed beside; chosen, the rooms free for it light up.
        click(centred(By.cssSelector("#unassigned tr.cn-" + waiting.confirmationNumber() + " a[id$='pick']")));
        waitForText(By.id("selectedGuest"), waiting.name());
        By sameType = By.cssSelector("#rack tr.rack-eligible.type-" + waiting.roomType() + " a.rack-target");
        WebElement target = waitFor(sameType);
        String room = target.findElement(By.xpath("./ancestor::tr")).getAttribute("class").replaceAll(".*rack-room-(\\S+).*", "$1");
        assertThat(driver.findElements(By.cssSelector("#rack tr.rack-room-" + guest.roomNumber() + ".rack-eligible")))
                .as("a room taken those nights is not offered").isEmpty();
        screenshot("rack-selected");

        // A room of the booked type: given at once, the bar appears on its line and the list forgets it.
        click(centred(sameType));
        waitForText(By.id("messages"), waiting.name() + " has room " + room);
        waitFor(By.cssSelector("#rack tr.rack-room-" + room + " .bar.cn-" + waiting.confirmationNumber()));
        assertThat(driver.findElements(By.cssSelector("#unassigned tr.cn-" + waiting.confirmationNumber()))).isEmpty();
        assertThat(StayFixtures.stay(waiting.confirmationNumber()).path("roomNumber").asText()).isEqualTo(room);
        screenshot("rack-assigned");
    }

    /** The element scrolled to the middle of the window, clear of the sticky top bar. */
    private WebElement centred(By locator) {
        WebElement element = waitFor(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private WebElement row(Guest guest) {
        return waitFor(By.cssSelector("#inHouse tr.cn-" + guest.confirmationNumber()));
    }

    private void fillBlock(String room, LocalDate from, LocalDate to, String reason) {
        selectOneMenu("blockRoomMenu", room);
        setDate("blockFrom", from.toString());
        setDate("blockTo", to.toString());
        type(By.id("blockReason"), reason);
    }
}
