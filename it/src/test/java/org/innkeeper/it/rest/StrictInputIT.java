package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a channel sends is what is booked, or it is refused: a number that is not a whole number in
 * range, a wrong JSON type, an unknown field, a key twice or anything after the document is a 4xx
 * problem+json naming the JSON path to blame, and nothing is booked (the channel's reservations and
 * the nights asked for stay as they were).
 */
class StrictInputIT {

    private static final String ROOM_TYPE = "FAM";

    private Untouched nights;
    private LocalDate from;

    @BeforeEach
    void freeNights() {
        nights = Untouched.nights(ROOM_TYPE, 3, Api.DEMO_CHANNEL);
        from = nights.from();
    }

    @AfterEach
    void nothingBooked() {
        nights.assertUnchanged();
    }

    /** A booking the hotel would take, as the JSON text a channel sends, with one adult. */
    private String booking() {
        String json = Platform.json(Platform.booking(ROOM_TYPE, from, from.plusDays(2), Platform.uniqueName("Strict")));
        assertThat(json).contains("\"adults\":1,");
        return json;
    }

    private String withAdults(String adults) {
        return booking().replace("\"adults\":1,", "\"adults\":" + adults + ",");
    }

    private static JsonNode refused(String path, String body, int status, String field) {
        Api.Reply reply = Platform.send("POST", path, Api.DEMO_CHANNEL, body);
        JsonNode problem = reply.problem(status, status == 422 ? "invalid-value" : "bad-request");
        if (field != null) {
            assertThat(problem.path("field").asText()).as("field of %s", reply.body()).isEqualTo(field);
        }
        return problem;
    }

    private static JsonNode refused(String body, int status, String field) {
        return refused("/reservations", body, status, field);
    }

    @Test
    void aNumberThatIsNotAWholeNumberInRangeIsNotBooked() {
        assertThat(refused(withAdults("1.9"), 422, "adults").path("detail").asText()).contains("whole number");
        for (String tooLarge : List.of("4294967298", "1e308", "2147483648")) {
            JsonNode problem = refused(withAdults(tooLarge), 422, "adults");
            assertThat(problem.path("detail").asText()).as("detail for %s", tooLarge)
                    .contains("too large").doesNotContain("at least 1");
        }
    }

    @Test
    void aWrongJsonTypeIsNotBooked() {
        assertThat(refused(withAdults("\"2\""), 400, "adults").path("detail").asText()).contains("whole number");
        String waitlist = booking().replaceFirst("\\}$", ",\"waitlist\":\"yes\"}");
        assertThat(refused(waitlist, 400, "waitlist").path("detail").asText()).contains("true or false");
        refused(booking().replace("\"Ada\"", "42"), 400, "guest.firstName");
    }

    @Test
    void anUnknownFieldIsNotIgnored() {
        // a typo would otherwise book the default
        String typo = booking().replace("\"adults\":1,", "\"adult\":2,");
        assertThat(refused(typo, 400, "adult").path("detail").asText()).contains("not a field");
        refused(booking().replace("\"firstName\"", "\"firstname\""), 400, "guest.firstname");
    }

    @Test
    void aKeyTwiceOrAnythingAfterTheDocumentIsNotBooked() {
        refused(booking().replace("\"adults\":1,", "\"adults\":1,\"adults\":2,"), 400, "adults");
        JsonNode trailing = refused(booking() + "}x", 400, null);
        assertThat(trailing.path("detail").asText()).contains("after the end");
    }

    @Test
    void theFieldToBlameIsItsPathInsideLists() {
        Map<String, Object> booking = Platform.booking(ROOM_TYPE, from, from.plusDays(2), "Lovelace");
        String group = Platform.json(Map.of(
                "arrival", booking.get("arrival"), "departure", booking.get("departure"), "guest", booking.get("guest"),
                "rooms", List.of(Map.of("roomType", ROOM_TYPE, "ratePlan", "BAR", "adults", 1),
                        Map.of("roomType", ROOM_TYPE, "ratePlan", "BAR", "adults", 1))));
        int second = group.lastIndexOf("\"adults\":1");
        String fractional = group.substring(0, second) + "\"adults\":1.5" + group.substring(second + "\"adults\":1".length());
        refused("/bookings", fractional, 422, "rooms[1].adults");
    }
}
