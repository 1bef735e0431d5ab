package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts and logins against the server: a manager opens a clerk's account, the clerk must change
 * the temporary password first, a deactivated clerk cannot log in; guessing a password is slowed down to
 * 429 with Retry-After; a desk form posted from another site is refused.
 */
class StaffAccountsIT {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aManagerOpensAClerkWhoChangesThePasswordAndIsDeactivated() {
        String clerk = unique("clerk-");
        Api.post("/staff", Api.FRONT_DESK, Map.of("username", clerk, "displayName", "Clara Clerk",
                "roles", List.of("FRONT_DESK"), "password", "temporary-123")).problem(403, "forbidden");
        Api.post("/staff", Api.MANAGER, Map.of("username", clerk, "displayName", "Clara Clerk",
                "roles", List.of("FRONT_DESK"), "password", clerk)).problem(422, "invalid-value");
        JsonNode opened = Api.post("/staff", Api.MANAGER, Map.of("username", clerk, "displayName", "Clara Clerk",
                "roles", List.of("FRONT_DESK"), "password", "temporary-123")).ok(201);
        assertThat(opened.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(opened.path("changedBy").asText()).isEqualTo("manager");

        String temporary = Api.basic(clerk, "temporary-123");
        Api.get("/rooms", temporary).problem(403, "password-change-required");
        Api.post("/staff/me/password", temporary, Map.of("currentPassword", "temporary-123", "newPassword", "short"))
                .problem(422, "invalid-value");
        assertThat(Api.post("/staff/me/password", temporary,
                Map.of("currentPassword", "temporary-123", "newPassword", "clara-own-secret")).status()).isEqualTo(204);
        String own = Api.basic(clerk, "clara-own-secret");
        Api.get("/rooms", own).ok(200);
        Api.get("/rooms", temporary).problem(401, "unauthorized");

        Api.patch("/staff/manager", Api.MANAGER, Map.of("active", false)).problem(409, "own-account");
        JsonNode deactivated = Api.patch("/staff/" + clerk, Api.MANAGER, Map.of("active", false)).ok(200);
        assertThat(deactivated.path("active").asBoolean()).isFalse();
        Api.get("/rooms", own).problem(401, "unauthorized");
        assertThat(Api.get("/staff", Api.MANAGER).ok(200).findValuesAsText("username")).contains(clerk, "manager");
    }

    @Test
    void guessingAPasswordIsSlowedDownTo429WithRetryAfter() {
        String someone = Api.basic(unique("nobody-"), "wrong-guess");
        for (int i = 0; i < 3; i++) {
            Api.get("/rooms", someone).problem(401, "unauthorized");
        }
        Api.Reply refused = Api.get("/rooms", someone);
        refused.problem(429, "too-many-failed-logins");
        assertThat(refused.header("Retry-After")).get().satisfies(s -> assertThat(Long.parseLong(s)).isPositive());
    }

    @Test
    void aDeskFormPostedFromAnotherSiteIsRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = Api.BASE_URL.replaceAll("/+$", "");
        for (String[] origin : new String[][] {{"Origin", "https://attacker.example"}, {"Referer", "https://attacker.example/form.html"},
            {"Origin", "null"}}) {
            HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(origin[0], origin[1])
                    .POST(HttpRequest.BodyPublishers.ofString("login=login&username=manager&password=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as("%s: %s", origin[0], origin[1]).isEqualTo(403);
        }
        URI own = URI.create(base);
        HttpResponse<String> same = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", own.getScheme() + "://" + own.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString("login=login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(same.statusCode()).as("the desk's own origin").isNotEqualTo(403);
    }
}
