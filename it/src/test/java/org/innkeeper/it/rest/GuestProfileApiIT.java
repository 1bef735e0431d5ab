package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;
import static org.innkeeper.it.rest.Api.booking;
import static org.innkeeper.it.rest.Api.farNight;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.patch;
import static org.innkeeper.it.rest.Api.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Guest profiles over the API: one profile per person, what channels see of it, changes and merges. */
class GuestProfileApiIT {

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private static Map<String, Object> bookingFor(String first, String last, String email, String phone) {
        LocalDate night = farNight("STD");
        Map<String, Object> booking = booking("STD", night, night.plusDays(1));
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("firstName", first);
        guest.put("lastName", last);
        guest.put("email", email);
        if (phone != null) {
            guest.put("phone", phone);
        }
        booking.put("guest", guest);
        return booking;
    }

    private static String book(String authorization, String first, String last, String email, String phone) {
        return post("/reservations", authorization, bookingFor(first, last, email, phone)).ok(201)
                .path("confirmationNumber").asText();
    }

    /** The one profile a search by this (unique) e-mail finds. */
    private static JsonNode profileByEmail(String email) {
        JsonNode found = get("/guests?q=" + email, FRONT_DESK).ok(200);
        assertThat(found).as("profiles with %s", email).hasSize(1);
        return get("/guests/" + found.get(0).path("id").asLong(), FRONT_DESK).ok(200);
    }

    private static List<String> stays(JsonNode profile) {
        List<String> numbers = new ArrayList<>();
        profile.path("history").forEach(s -> numbers.add(s.path("confirmationNumber").asText()));
        return numbers;
    }

    @Test
    void twoDeskBookingsWithTheSameEmailShareOneProfileAndAChannelLearnsNothingOfIt() {
        String email = uniqueEmail();
        String first = book(FRONT_DESK, "Grace", "Hopper", email, "+1 555 0100");
        String second = book(FRONT_DESK, "Grace", "Hopper", email.toUpperCase(), null);

        JsonNode grace = profileByEmail(email);
        assertThat(stays(grace)).containsExactlyInAnyOrder(first, second);
        assertThat(grace.path("phone").asText()).isEqualTo("+1 555 0100");

        // a channel booking with the same e-mail joins the profile, but sees only what it sent
        JsonNode fromChannel = post("/reservations", DEMO_CHANNEL, bookingFor("G.", "Hopper", email, null)).ok(201);
        String cn = fromChannel.path("confirmationNumber").asText();
        assertThat(fromChannel.path("guest").path("phone").isNull() || fromChannel.path("guest").path("phone").isMissingNode())
                .as("no phone in %s", fromChannel.path("guest")).isTrue();
        JsonNode read = get("/reservations/" + cn, DEMO_CHANNEL).ok(200);
        assertThat(read.path("guest").path("firstName").asText()).isEqualTo("G.");
        assertThat(read.toString()).doesNotContain("555 0100");
        JsonNode after = profileByEmail(email);
        assertThat(stays(after)).contains(cn);
        assertThat(after.path("firstName").asText()).as("a channel changes nothing on the profile").isEqualTo("Grace");

        // profiles are the staff's: a channel is refused
        assertThat(get("/guests?q=" + email, DEMO_CHANNEL).status()).isEqualTo(403);
        assertThat(get("/guests/" + grace.path("id").asLong(), DEMO_CHANNEL).status()).isEqualTo(403);
    }

    @Test
    void theDeskKeepsPreferencesAndAnAlertAndBadInputChangesNothing() {
        String email = uniqueEmail();
        book(FRONT_DESK, "Ada", "Lovelace", email, null);
        long id = profileByEmail(email).path("id").asLong();

        JsonNode changed = patch("/guests/" + id, FRONT_DESK, Map.of("vipLevel", 2, "loyaltyTier", "GOLD",
                "preferences", List.of("QUIET", "NON_SMOKING"), "pillow", "synthetic",
                "alert", "allergic to feathers")).ok(200);
        assertThat(changed.path("vipLevel").asInt()).isEqualTo(2);
        assertThat(changed.path("preferences").toString()).contains("QUIET", "NON_SMOKING");
        assertThat(changed.path("alert").asText()).isEqualTo("allergic to feathers");
        assertThat(changed.path("changedBy").asText()).isEqualTo("frontdesk");

        patch("/guests/" + id, FRONT_DESK, Map.of("preferences", List.of("QUIET", "JACUZZI"))).problem(422, "invalid-value");
        patch("/guests/" + id, MANAGER, Map.of("vipLevel", 9, "alert", "changed")).problem(422, null);
        patch("/guests/" + id, FRONT_DESK, Map.of("loyaltyTier", "DIAMOND")).problem(422, "invalid-value");

        JsonNode unchanged = get("/guests/" + id, FRONT_DESK).ok(200);
        assertThat(unchanged.path("vipLevel").asInt()).isEqualTo(2);
        assertThat(unchanged.path("alert").asText()).isEqualTo("allergic to feathers");
        assertThat(unchanged.path("preferences")).hasSize(2);
        get("/guests/999999999", FRONT_DESK).problem(404, "not-found");
    }

    @Test
    void theDeskMergesTwoProfilesOfOnePerson() {
        String email = uniqueEmail();
        String otherEmail = uniqueEmail();
        String kept = book(FRONT_DESK, "Alan", "Turing", email, null);
        String dup = book(DEMO_CHANNEL, "Alan", "Turing", otherEmail, "+44 161 000 0000");
        long survivor = profileByEmail(email).path("id").asLong();
        long duplicate = profileByEmail(otherEmail).path("id").asLong();
        assertThat(duplicate).isNotEqualTo(survivor);
        patch("/guests/" + duplicate, FRONT_DESK, Map.of("preferences", List.of("RIVER_VIEW"), "notes", "Runs at dawn."))
                .ok(200);

        post("/guests/" + survivor + "/merge", FRONT_DESK, Map.of("duplicateId", survivor)).problem(409, "merge-into-itself");

        JsonNode merged = post("/guests/" + survivor + "/merge", FRONT_DESK, Map.of("duplicateId", duplicate)).ok(200);
        assertThat(stays(merged)).containsExactlyInAnyOrder(kept, dup);
        assertThat(merged.path("preferences").toString()).contains("RIVER_VIEW");
        assertThat(merged.path("notes").asText()).contains("Runs at dawn.");
        assertThat(merged.path("phone").asText()).isEqualTo("+44 161 000 0000");
        assertThat(get("/guests/" + duplicate, FRONT_DESK).ok(200).path("mergedIntoId").asLong()).isEqualTo(survivor);
        assertThat(get("/guests?q=" + otherEmail, FRONT_DESK).ok(200)).isEmpty();
        // the channel's reservation shows the guest as the channel sent them
        assertThat(get("/reservations/" + dup, DEMO_CHANNEL).ok(200).path("guest").path("email").asText())
                .isEqualTo(otherEmail);

        post("/guests/" + duplicate + "/merge", FRONT_DESK, Map.of("duplicateId", survivor)).problem(409, "profile-merged");
        post("/guests/" + survivor + "/merge", FRONT_DESK, Map.of()).problem(422, null);
        assertThat(stays(get("/guests/" + survivor, FRONT_DESK).ok(200))).containsExactlyInAnyOrder(kept, dup);
    }
}
