package org.innkeeper.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.Jsonb;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.GroupBookingRequest;
import org.innkeeper.application.dto.GuestMergeRequest;
import org.innkeeper.application.dto.GuestProfileRequest;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.WalkInRequest;
import org.innkeeper.rest.problem.RefusedJson;
import org.junit.jupiter.api.Test;

/** The API reads what a channel sends as it was sent, or refuses it naming the JSON path to blame. */
class StrictJsonTest {

    private static final String GUEST = "\"guest\": {\"firstName\": \"Ada\", \"lastName\": \"Lovelace\"}";

    private final Jsonb jsonb = new SharedJsonb().getContext(BookingRequest.class);

    /** A booking with {@code adults} as given (raw JSON). */
    private static String booking(String adults) {
        return "{\"roomType\": \"STD\", \"ratePlan\": \"BAR\", \"arrival\": \"2027-03-01\", \"departure\": \"2027-03-03\","
                + " \"adults\": " + adults + ", " + GUEST + "}";
    }

    private RefusedJson refused(String json, Class<?> type) {
        RefusedJson refused = catchThrowableOfType(() -> jsonb.fromJson(json, type), RefusedJson.class);
        assertThat(refused).as("refusal of %s", json).isNotNull();
        return refused;
    }

    private void refused(String json, Class<?> type, int status, String field, String reason) {
        RefusedJson refused = refused(json, type);
        assertThat(refused.status()).as("status for %s", json).isEqualTo(status);
        assertThat(refused.field()).as("field for %s", json).isEqualTo(field);
        assertThat(refused.reason()).as("reason for %s", json).contains(reason);
    }

    @Test
    void aWholeNumberInRangeIsReadAsSent() {
        assertThat(jsonb.fromJson(booking("2"), BookingRequest.class).adults()).isEqualTo(2);
        assertThat(jsonb.fromJson(booking("2.0"), BookingRequest.class).adults()).isEqualTo(2);
        assertThat(jsonb.fromJson(booking("2147483647"), BookingRequest.class).adults()).isEqualTo(Integer.MAX_VALUE);
        assertThat(jsonb.fromJson(booking("0"), BookingRequest.class).adults()).isZero();
        assertThat(jsonb.fromJson(booking("null"), BookingRequest.class).adults()).isNull();
    }

    @Test
    void aNumberThatIsNotAWholeNumberInRangeIs422() {
        refused(booking("1.9"), BookingRequest.class, 422, "adults", "must be a whole number");
        refused(booking("-0.5"), BookingRequest.class, 422, "adults", "must be a whole number");
        refused(booking("1e-400"), BookingRequest.class, 422, "adults", "must be a whole number");
        refused(booking("4294967298"), BookingRequest.class, 422, "adults", "too large");
        refused(booking("2147483648"), BookingRequest.class, 422, "adults", "too large");
        refused(booking("1e308"), BookingRequest.class, 422, "adults", "too large");
        refused(booking("1e9999999999"), BookingRequest.class, 422, "adults", "out of range");
        refused(booking("-2147483649"), BookingRequest.class, 422, "adults", "too small");
        refused("{\"duplicateId\": 9223372036854775808}", GuestMergeRequest.class, 422, "duplicateId", "too large");
        assertThat(jsonb.fromJson("{\"duplicateId\": 9223372036854775807}", GuestMergeRequest.class).duplicateId())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void amountsAreDecimalsOfASaneSize() {
        String charge = "{\"article\": \"MINIBAR\", \"description\": \"Water\", \"amount\": %s}";
        assertThat(jsonb.fromJson(charge.formatted("12.50"), ChargeRequest.class).amount())
                .isEqualByComparingTo(new BigDecimal("12.50"));
        refused(charge.formatted("1e400000"), ChargeRequest.class, 422, "amount", "too large");
        refused(charge.formatted("0." + "0".repeat(30) + "1"), ChargeRequest.class, 422, "amount", "decimal places");
        refused(charge.formatted("\"12.50\""), ChargeRequest.class, 400, "amount", "must be a number");
    }

    @Test
    void wrongJsonTypesAre400() {
        refused(booking("\"2\""), BookingRequest.class, 400, "adults", "must be a whole number");
        refused(booking("true"), BookingRequest.class, 400, "adults", "must be a whole number");
        refused(booking("2").replace("\"STD\"", "5"), BookingRequest.class, 400, "roomType", "must be a string");
        refused(booking("2").replace("\"2027-03-01\"", "20270301"), BookingRequest.class, 400, "arrival",
                "must be a string");
        refused(booking("2").replace(GUEST, "\"guest\": \"Ada Lovelace\""), BookingRequest.class, 400, "guest",
                "must be an object");
        refused(booking("2").replace("\"Ada\"", "[\"Ada\"]"), BookingRequest.class, 400, "guest.firstName",
                "must be a string");
    }

    @Test
    void booleansAreOnlyTrueOrFalse() {
        String waitlist = booking("2").replace("}}", "}, \"waitlist\": %s}");
        assertThat(jsonb.fromJson(waitlist.formatted("true"), BookingRequest.class).waitlist()).isTrue();
        assertThat(jsonb.fromJson(waitlist.formatted("false"), BookingRequest.class).waitlist()).isFalse();
        refused(waitlist.formatted("\"yes\""), BookingRequest.class, 400, "waitlist", "true or false");
        refused(waitlist.formatted("\"true\""), BookingRequest.class, 400, "waitlist", "true or false");
        refused(waitlist.formatted("1"), BookingRequest.class, 400, "waitlist", "true or false");
    }

    @Test
    void unknownFieldsAreRefusedWhereverTheyStand() {
        refused(booking("2").replace("\"adults\"", "\"adult\""), BookingRequest.class, 400, "adult",
                "not a field");
        refused(booking("2").replace("\"firstName\"", "\"firstname\""), BookingRequest.class, 400,
                "guest.firstname", "not a field");
        String group = "{\"arrival\": \"2027-03-01\", \"departure\": \"2027-03-03\", " + GUEST + ", \"rooms\": ["
                + "{\"roomType\": \"STD\", \"ratePlan\": \"BAR\", \"adults\": 1},"
                + "{\"roomType\": \"STD\", \"ratePlan\": \"BAR\", %s}]}";
        assertThat(jsonb.fromJson(group.formatted("\"adults\": 2"), GroupBookingRequest.class).rooms()).hasSize(2);
        refused(group.formatted("\"adultz\": 2"), GroupBookingRequest.class, 400, "rooms[1].adultz", "not a field");
        refused(group.formatted("\"adults\": 1.5"), GroupBookingRequest.class, 422, "rooms[1].adults", "whole number");
    }

    @Test
    void aKeyTwiceIsRefused() {
        refused(booking("2").replace("\"adults\": 2", "\"adults\": 1, \"adults\": 2"), BookingRequest.class, 400,
                "adults", "twice");
        refused(booking("2").replace("\"Ada\"", "\"Ada\", \"firstName\": \"Bob\""), BookingRequest.class, 400,
                "guest.firstName", "twice");
    }

    @Test
    void nothingMayFollowTheDocument() {
        refused(booking("2") + "}x", BookingRequest.class, 400, null, "after the end");
        refused(booking("2") + " {}", BookingRequest.class, 400, null, "after the end");
        refused(booking("2") + "x", BookingRequest.class, 400, null, "after the end");
        assertThat(jsonb.fromJson(booking("2") + " \n\t", BookingRequest.class).adults()).isEqualTo(2);
        refused("{\"roomType\": \"STD\", \"arrival\": ", BookingRequest.class, 400, null, "not valid JSON");
    }

    @Test
    void longOrControlCharacterKeysAreNotEchoedAsSent() {
        RefusedJson refused = refused("{\"" + "a".repeat(10_000) + "\\u0007\": 1}", BookingRequest.class);
        assertThat(refused.field()).hasSizeLessThan(70).doesNotContain("\u0007");
    }

    @Test
    void everyRequestShapeStillReads() {
        // two constructors, @JsonbCreator on the canonical one, a list of records, dates, decimals
        CheckInRequest checkIn = jsonb.fromJson("""
                {"roomNumber": "101", "documentType": "PASSPORT", "documentNumber": "X1", "birthDate": "1990-01-02",
                 "companions": [{"firstName": "Bob", "lastName": "Lovelace"}], "keys": 2, "deposit": 100.00}""",
                CheckInRequest.class);
        assertThat(checkIn.companions()).hasSize(1);
        assertThat(checkIn.keys()).isEqualTo(2);
        assertThat(checkIn.birthDate()).isEqualTo(LocalDate.of(1990, 1, 2));
        assertThat(jsonb.fromJson("{\"status\": \"CLEAN\"}", HousekeepingChange.class))
                .isEqualTo(new HousekeepingChange("CLEAN"));
        refused("{\"status\": \"CLEAN\", \"foundd\": \"VACANT\"}", HousekeepingChange.class, 400, "foundd", "not a field");
        GuestProfileRequest profile = jsonb.fromJson("{\"vipLevel\": 2, \"preferences\": [\"QUIET\", \"HIGH_FLOOR\"]}",
                GuestProfileRequest.class);
        assertThat(profile.preferences()).isEqualTo(List.of("QUIET", "HIGH_FLOOR"));
        refused("{\"preferences\": [\"QUIET\", 7]}", GuestProfileRequest.class, 400, "preferences[1]", "a string");
        WalkInRequest walkIn = jsonb.fromJson("{\"roomType\": \"STD\", \"ratePlan\": \"BAR\", \"departure\":"
                + " \"2027-03-03\", \"adults\": 1, " + GUEST + ", \"registration\": {\"documentType\": \"PASSPORT\","
                + " \"documentNumber\": \"X1\", \"keys\": 1}}", WalkInRequest.class);
        assertThat(walkIn.registration().keys()).isEqualTo(1);
        refused("{\"registration\": {\"keys\": 1.5}}", WalkInRequest.class, 422, "registration.keys", "whole number");
    }

    @Test
    void anEmptyBodyIsLeftToJsonB() {
        // RESTEasy turns JSON-B's failure on an empty body into a null entity, which @NotNull then refuses
        assertThat(catchThrowableOfType(() -> jsonb.fromJson("", BookingRequest.class), RuntimeException.class))
                .isNotInstanceOf(RefusedJson.class);
    }
}
