package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit trail and a guest's data over HTTP on the real server (Envers inside WildFly): a channel's
 * booking and the desk's change in the reservation's history with who did them and each field before and
 * after, the managers' query, the export, and the erasure refused for a reservation to come and done
 * once it is cancelled, leaving the history without the guest's e-mail.
 */
class GuestDataApiIT {

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    @Test
    void historyExportAndErasureOverHttp() {
        String last = Platform.uniqueName("Erasable");
        String email = last.toLowerCase(Locale.ROOT) + "@example.org";
        LocalDate night = Api.farNight("STD");
        Map<String, Object> booking = Api.booking("STD", "BAR", night, night.plusDays(2), 1, last);
        @SuppressWarnings("unchecked")
        Map<String, Object> guest = (Map<String, Object>) booking.get("guest");
        guest.put("email", email);
        String cn = post("/reservations", DEMO_CHANNEL, booking).ok(201).path("confirmationNumber").asText();
        Api.patch("/reservations/" + cn, FRONT_DESK, Map.of("adults", 2)).ok(200);

        List<JsonNode> history = list(get("/frontdesk/reservations/" + cn + "/history", FRONT_DESK).ok(200));
        assertThat(history).extracting(h -> h.path("action").asText() + " by " + h.path("actor").asText())
                .containsSubsequence("ADDED by channel:DEMO", "CHANGED by frontdesk");
        JsonNode changed = history.stream().filter(h -> h.path("actor").asText().equals("frontdesk")).findFirst().orElseThrow();
        assertThat(list(changed.path("fields"))).anySatisfy(f -> {
            assertThat(f.path("name").asText()).isEqualTo("adults");
            assertThat(f.path("before").asText()).isEqualTo("1");
            assertThat(f.path("after").asText()).isEqualTo("2");
        });
        get("/frontdesk/reservations/IKZZZZZZZZ/history", FRONT_DESK).problem(404, "not-found");
        assertThat(get("/frontdesk/reservations/" + cn + "/history", DEMO_CHANNEL).status()).isEqualTo(403);

        LocalDate today = LocalDate.now();
        String query = "/audit-trail?from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&actor=frontdesk&kind=RESERVATION";
        assertThat(list(get(query, MANAGER).ok(200))).extracting(c -> c.path("label").asText()).contains(cn);
        assertThat(get(query, FRONT_DESK).status()).isEqualTo(403);
        get("/audit-trail?kind=GUESTBOOK", MANAGER).problem(422, "invalid-value");

        long id = get("/guests?q=" + email, FRONT_DESK).ok(200).get(0).path("id").asLong();
        JsonNode export = get("/guests/" + id + "/export", MANAGER).ok(200);
        assertThat(list(export.path("records").path("reservation"))).extracting(r -> r.path("confirmation_number").asText())
                .containsExactly(cn);
        assertThat(export.path("history").size()).isGreaterThanOrEqualTo(2);
        assertThat(get("/guests/" + id + "/export", FRONT_DESK).status()).isEqualTo(403);

        post("/guests/" + id + "/erasure", MANAGER, null).problem(409, "guest-current");
        post("/reservations/" + cn + "/cancel", DEMO_CHANNEL, null).ok(200);
        JsonNode erased = post("/guests/" + id + "/erasure", MANAGER, null).ok(200);
        assertThat(erased.path("erasedBy").asText()).isEqualTo("manager");
        assertThat(erased.path("reservations").asInt()).isEqualTo(1);

        assertThat(get("/guests/" + id + "/export", MANAGER).ok(200).path("records").path("guest").get(0)
                .path("first_name").asText()).isEqualTo("Erased");
        String after = get("/frontdesk/reservations/" + cn + "/history", FRONT_DESK).response().body();
        assertThat(after).contains("channel:DEMO").doesNotContain(email).doesNotContain(last);
    }
}
