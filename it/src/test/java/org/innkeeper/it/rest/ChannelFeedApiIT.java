package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;
import static org.innkeeper.it.rest.Api.SECOND_CHANNEL;
import static org.innkeeper.it.rest.Api.booking;
import static org.innkeeper.it.rest.Api.farNight;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.patch;
import static org.innkeeper.it.rest.Api.post;
import static org.innkeeper.it.rest.Api.roomsLeft;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The channel's change feed over HTTP (every reservation once, page by page, then what changed after the
 * cursor), the quote of a change on the last room, and the staff's inventory check.
 */
class ChannelFeedApiIT {

    /** Reads the feed from the cursor to its end, page by page; the cursor to go on from is the last element. */
    private static List<String> readFeed(String authorization, String cursor, int limit, List<JsonNode> items) {
        List<String> cursors = new ArrayList<>();
        JsonNode page;
        int pages = 0;
        do {
            String query = "/reservations/changes?limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            page = get(query, authorization).ok(200);
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").asText();
            cursors.add(cursor);
            assertThat(++pages).as("the feed ends").isLessThan(200);
        } while (page.path("more").asBoolean());
        return cursors;
    }

    @Test
    void theFeedGivesEachReservationOnceAndThenWhatChangedAfterItsCursor() {
        List<JsonNode> all = new ArrayList<>();
        List<String> cursors = readFeed(DEMO_CHANNEL, null, 200, all);
        Set<String> seen = new HashSet<>();
        for (JsonNode r : all) {
            assertThat(seen.add(r.path("confirmationNumber").asText())).as("once: %s", r).isTrue();
            assertThat(r.path("channel").asText()).isEqualTo("DEMO");
        }
        String cursor = cursors.get(cursors.size() - 1);

        LocalDate night = farNight("STD");
        List<String> booked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            booked.add(post("/reservations", DEMO_CHANNEL, booking("STD", night, night.plusDays(1)))
                    .ok(201).path("confirmationNumber").asText());
        }
        post("/reservations", SECOND_CHANNEL, booking("STD", night, night.plusDays(1))).ok(201);
        patch("/reservations/" + booked.get(0), DEMO_CHANNEL, Map.of("departure", night.plusDays(2).toString())).ok(200);

        List<JsonNode> changed = new ArrayList<>();
        List<String> next = readFeed(DEMO_CHANNEL, cursor, 2, changed);
        assertThat(changed).extracting(r -> r.path("confirmationNumber").asText())
                .as("each once, in the order the last changes committed, none of another channel")
                .containsExactly(booked.get(1), booked.get(2), booked.get(0));
        assertThat(changed.get(2).path("departure").asText()).isEqualTo(night.plusDays(2).toString());
        assertThat(get("/reservations/changes?cursor=" + next.get(next.size() - 1), DEMO_CHANNEL).ok(200).path("items"))
                .isEmpty();

        JsonNode bad = get("/reservations/changes?cursor=bm90LWEtY3Vyc29y", DEMO_CHANNEL).problem(422, null);
        assertThat(bad.path("field").asText()).isEqualTo("cursor");
        get("/reservations/changes", FRONT_DESK).problem(403, null);
    }

    @Test
    void aChangeOfTheReservationHoldingTheLastRoomIsQuotedAvailableAndThenMade() {
        LocalDate night = farNight("STE");
        int left = roomsLeft("STE", night, night.plusDays(2));
        String last = null;
        for (int i = 0; i < left; i++) {
            last = post("/reservations", DEMO_CHANNEL, booking("STE", night, night.plusDays(2)))
                    .ok(201).path("confirmationNumber").asText();
        }
        assertThat(roomsLeft("STE", night.plusDays(1), night.plusDays(3))).as("searching, sold out").isZero();
        Map<String, Object> dayLater = Map.of("arrival", night.plusDays(1).toString(), "departure", night.plusDays(3).toString());

        JsonNode quote = post("/reservations/" + last + "/quote", DEMO_CHANNEL, dayLater).ok(200);
        assertThat(quote.path("available").asBoolean()).as("its own room counts free: %s", quote).isTrue();
        assertThat(quote.path("offer").path("total").decimalValue())
                .isEqualByComparingTo(quote.path("currentTotal").decimalValue().add(quote.path("difference").decimalValue()));
        post("/reservations/" + last + "/quote", SECOND_CHANNEL, dayLater).problem(404, null);

        JsonNode moved = patch("/reservations/" + last, DEMO_CHANNEL, dayLater).ok(200);
        assertThat(moved.path("arrival").asText()).isEqualTo(night.plusDays(1).toString());
        assertThat(moved.path("total").decimalValue()).isEqualByComparingTo(quote.path("offer").path("total").decimalValue());
    }

    @Test
    void managersCheckInventoryAgainstTheReservations() {
        JsonNode check = get("/frontdesk/inventory/check", MANAGER).ok(200);
        assertThat(check.path("consistent").asBoolean()).as("%s", check).isTrue();
        assertThat(check.path("differences")).isEmpty();
        get("/frontdesk/inventory/check", FRONT_DESK).problem(403, null);
        get("/frontdesk/inventory/check?from=2027-01-10&to=2027-01-01", MANAGER).problem(422, null);
    }
}
