package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Session fixation: a clerk who logs in gets a session id nobody saw before the login, and the session
 * cookie stays on this site (SameSite). Plain HTTP, as a browser sends it.
 */
class DeskSessionIT {

    private static final String BASE_URL = DeskBrowser.BASE_URL;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loggingInGivesANewSessionId() throws Exception {
        // A desk page asked for before login: the login page, in a session of its own.
        HttpResponse<String> asked = get("/index.xhtml", null);
        assertThat(asked.statusCode()).isEqualTo(302);
        HttpResponse<String> loginPage = get("/login.xhtml", sessionCookie(asked).orElse(null));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String before = sessionCookie(loginPage).or(() -> sessionCookie(asked))
                .orElseThrow(() -> new AssertionError("no session before login"));
        Matcher viewState = VIEW_STATE.matcher(loginPage.body());
        assertThat(viewState.find()).as("view state on the login page").isTrue();

        HttpResponse<String> loggedIn = post("/login.xhtml", before, Map.of(
                "login", "login",
                "username", "frontdesk",
                "password", "frontdesk",
                "loginButton", "",
                "jakarta.faces.ViewState", viewState.group(1)));
        assertThat(loggedIn.statusCode()).as("redirected to the page asked for").isEqualTo(302);
        String setCookie = loggedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no new session cookie at login"));
        String after = sessionCookie(loggedIn).orElseThrow();
        assertThat(after).as("session id after login").isNotEqualTo(before);
        List<String> attributes = Arrays.stream(setCookie.split(";")).skip(1)
                .map(attribute -> attribute.strip().toLowerCase(Locale.ROOT)).toList();
        assertThat(attributes).contains("samesite=strict", "httponly")
                .as("Secure only over HTTPS").doesNotContain("secure");

        assertThat(get("/index.xhtml", after).statusCode()).as("the new session is logged in").isEqualTo(200);
        HttpResponse<String> withOldId = get("/index.xhtml", before);
        assertThat(withOldId.statusCode()).as("the id from before login is not").isEqualTo(302);
        assertThat(withOldId.headers().firstValue("Location")).get().asString().contains("login.xhtml");
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return http.send(request(path, session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(request(path, session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return request;
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher)
                .filter(Matcher::lookingAt).map(m -> m.group(1)).reduce((first, last) -> last);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
