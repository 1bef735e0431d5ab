package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.innkeeper.it.rest.StayFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Housekeeping on a phone-sized window (390 × 844): the rooms by floor, a dirty room reported clean
 * with one tap; the housekeeping login opens no desk page.
 */
class HousekeepingIT extends DeskBrowser {

    @BeforeEach
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void housekeeperReportsADirtyRoomCleanOnAPhone() {
        String room = StayFixtures.dirtyVacantRoom();
        logIn("housekeeping", "housekeeping");

        // Straight to their own page: rooms by floor, nothing wider than the phone, no desk menu.
        wait.until(ExpectedConditions.urlContains("housekeeping/"));
        waitFor(By.cssSelector("section.hk-floor"));
        assertThat(driver.findElements(By.cssSelector("section.hk-floor")).size()).isGreaterThanOrEqualTo(5);
        assertThat(text(By.cssSelector("#floor-1 h2"))).isEqualTo("Floor 1");
        assertThat(driver.findElements(By.cssSelector(".sidebar"))).isEmpty();
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("housekeeping-phone");

        By tile = By.cssSelector(".hk-room-" + room);
        assertThat(waitFor(tile).getAttribute("class")).contains("hk-DIRTY").contains("room-VACANT");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(tile));
        screenshot("housekeeping-dirty-room");
        click(By.cssSelector(".hk-room-" + room + " button[id$='clean']"));
        wait.until(d -> d.findElement(tile).getAttribute("class").contains("hk-CLEAN"));
        waitForText(By.id("messages"), "Room " + room + " is now Clean");
        assertThat(StayFixtures.room(room).path("housekeeping").asText()).isEqualTo("CLEAN");
        screenshot("housekeeping-cleaned");

        // Inspected with a second tap.
        click(By.cssSelector(".hk-room-" + room + " button[id$='inspected']"));
        wait.until(d -> d.findElement(tile).getAttribute("class").contains("hk-INSPECTED"));
        assertThat(StayFixtures.room(room).path("housekeeping").asText()).isEqualTo("INSPECTED");
    }

    /** A guest on the floor asks the housekeeper for something: logged from the phone, for the guest's stay. */
    @Test
    void aGuestsRequestMetOnTheFloorIsLoggedForTheirStay() {
        StayFixtures.Guest guest = StayFixtures.inHouse("Floor" + unique(), 1);
        try {
            logIn("housekeeping", "housekeeping");
            waitFor(By.id("logRequest"));
            selectOneMenu("requestRoomMenu", guest.roomNumber());
            selectOneMenu("requestCategoryMenu", "TOWELS");
            type(By.id("requestText"), "Two more pillows, feather-free");
            click(By.id("logRequest"));
            waitForText(By.id("messages"), "Logged for room " + guest.roomNumber());
            com.fasterxml.jackson.databind.JsonNode logged = org.innkeeper.it.rest.Api.get("/requests?reservation="
                    + guest.confirmationNumber(), org.innkeeper.it.rest.Api.FRONT_DESK).ok(200).get(0);
            assertThat(logged.path("source").asText()).isEqualTo("HOUSEKEEPING");
            assertThat(logged.path("description").asText()).isEqualTo("Two more pillows, feather-free");
            screenshot("housekeeping-request");
        } finally {
            StayFixtures.release(guest);
        }
    }

    @Test
    void housekeepingOpensNoDeskPage() {
        logIn("housekeeping", "housekeeping");
        wait.until(ExpectedConditions.urlContains("housekeeping/"));

        for (String page : new String[] {"stay/rooms.xhtml", "stay/inhouse.xhtml", "reservations/new.xhtml", "arrival/board.xhtml"}) {
            open(page);
            waitForText(By.cssSelector("h1"), "Not for your role");
        }
        screenshot("housekeeping-refused-desk");

        // The start page sends them back to their own.
        open("");
        wait.until(ExpectedConditions.urlContains("housekeeping/"));
        waitFor(By.cssSelector("section.hk-floor"));

        click(By.id("logout"));
        waitFor(By.id("loginButton"));
    }
}
