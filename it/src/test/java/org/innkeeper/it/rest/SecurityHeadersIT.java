package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The API's answers, its problems and the desk's pages tell browsers not to frame, sniff or leak them. */
class SecurityHeadersIT {

    private static final String SEARCH = "/availability?arrival=" + LocalDate.now().plusDays(20)
            + "&departure=" + LocalDate.now().plusDays(21) + "&adults=1";

    @Test
    void anApiAnswerCarriesThem() {
        Api.Reply answer = Api.get(SEARCH, Api.DEMO_CHANNEL);
        answer.ok(200);
        assertHeaders(answer.response().headers(), "no-referrer");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void aProblemCarriesThem() {
        Api.Reply unauthorised = Api.get(SEARCH, null);
        unauthorised.problem(401, null);
        assertHeaders(unauthorised.response().headers(), "no-referrer");
        assertThat(unauthorised.header("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");

        Api.Reply notFound = Api.get("/reservations/NO-SUCH-ONE", Api.DEMO_CHANNEL);
        assertThat(notFound.status()).isEqualTo(404);
        assertHeaders(notFound.response().headers(), "no-referrer");
    }

    @Test
    void theDesksLoginPageCarriesThem() throws Exception {
        // HTTP/1.1 as browsers speak to the desk (none upgrades a plain-text connection to HTTP/2)
        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("loginButton");
        assertHeaders(page.headers(), "same-origin");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "form-action 'self'");
    }

    private static void assertHeaders(HttpHeaders headers, String referrerPolicy) {
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains(referrerPolicy);
    }
}
