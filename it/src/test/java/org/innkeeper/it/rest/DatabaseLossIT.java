package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database (run last, against the server on PostgreSQL): while the database refuses
 * Innkeeper, the server says it is not ready, so a load balancer stops sending it guests and channels;
 * once the database is back, the server is ready again by itself, and it answers bookings as before.
 */
class DatabaseLossIT {

    private static final String MANAGEMENT = System.getProperty("innkeeper.managementUrl", "http://localhost:9990");
    /** Set only by the failsafe execution against the server on PostgreSQL (database-loss-on-postgresql). */
    private static final String DATABASE = System.getProperty("innkeeper.it.pg.raceDb");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theServerIsNotReadyWhileItsDatabaseIsLostAndReadyAgainWhenItIsBack() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(DATABASE != null && DATABASE.matches("[a-z_]+"),
                "runs only against the server on PostgreSQL (execution database-loss-on-postgresql)");
        assertThat(databaseCheck()).as("before").isEqualTo("UP");
        try {
            psql("alter database " + DATABASE + " allow_connections false",
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");
            HttpResponse<String> lost = ready();
            assertThat(lost.statusCode()).as(lost.body()).isEqualTo(503);
            assertThat(checks(lost)).containsEntry("innkeeper-database", "DOWN").containsEntry("server-state", "UP");
        } finally {
            psql("alter database " + DATABASE + " allow_connections true");
        }
        // the pool throws away the connections the database closed and opens new ones
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String state = databaseCheck();
        while (!"UP".equals(state) && System.nanoTime() < until) {
            Thread.sleep(250);
            state = databaseCheck();
        }
        assertThat(state).as("after the database is back").isEqualTo("UP");
        assertThat(ready().statusCode()).isEqualTo(200);
        // and a channel's search is answered from the database again (what it offers is the race tests' business)
        java.time.LocalDate arrival = Api.businessDate().plusDays(30);
        assertThat(Api.availability(Api.DEMO_CHANNEL, arrival, arrival.plusDays(1), 1).path("offers").isArray()).isTrue();
    }

    private static String databaseCheck() throws IOException, InterruptedException {
        return checks(ready()).getOrDefault("innkeeper-database", "absent");
    }

    private static HttpResponse<String> ready() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/health/ready")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> checks(HttpResponse<String> ready) throws IOException {
        JsonNode body = Api.JSON.readTree(ready.body());
        Map<String, String> checks = new HashMap<>();
        body.path("checks").forEach(c -> checks.put(c.path("name").asText(), c.path("status").asText()));
        return checks;
    }

    private static void psql(String... statements) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                "psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q"));
        for (String statement : statements) {
            command.add("-c");
            command.add(statement);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
