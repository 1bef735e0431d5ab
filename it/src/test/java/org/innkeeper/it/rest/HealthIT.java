package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What whoever runs the server watches: health (live, ready once deployed) and metrics, without a login. */
class HealthIT {

    private static final String MANAGEMENT = System.getProperty("innkeeper.managementUrl", "http://localhost:9990");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServerIsLiveAndReadyOnceTheApplicationIsDeployed() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(Api.JSON.readTree(live.body()).path("status").asText()).isEqualTo("UP");

        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode body = Api.JSON.readTree(ready.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        java.util.Map<String, String> checks = new java.util.HashMap<>();
        body.path("checks").forEach(c -> checks.put(c.path("name").asText(), c.path("status").asText()));
        // booted without errors, running, the application deployed (its database migrated at deployment), and
        // the database answering now (DatabaseLossIT takes it away on the PostgreSQL server)
        assertThat(checks).containsEntry("server-state", "UP").containsEntry("boot-errors", "UP")
                .containsEntry("deployments-status", "UP").containsEntry("innkeeper-database", "UP");
        assertThat(body.path("checks").toString()).contains("\"innkeeper.ear\":\"OK\"");
    }

    @Test
    void metricsAreServedInPrometheusText() throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE base_memory_usedHeap_bytes").contains("base_thread_count");
    }
}
