package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /health}: which node answered, and the state of its database, job scheduler and event bus. */
class HealthIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode health(WebClient client) {
        WebClient.Page page = client.get("/health", "application/json");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        try {
            return JSON.readTree(page.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(page.body(), e);
        }
    }

    @Test
    void healthNamesTheConfiguredNodeAndReportsDatabaseJobsAndEventBus() {
        try (KakehashiServer server =
                KakehashiServer.fresh().with("node.id", "node-a.example_1").start()) {
            WebClient client = new WebClient(server);
            // On PostgreSQL the bus's listener connects in the background, just after start-up.
            Eventually.within(
                    Duration.ofSeconds(10),
                    "the event bus connects",
                    () -> health(client).path("event_bus").asText().equals("connected"));
            JsonNode health = health(client);
            assertThat(health.path("status").asText()).isEqualTo("up");
            assertThat(health.path("node").asText()).isEqualTo("node-a.example_1");
            assertThat(health.path("database").asText()).isEqualTo("up");
            assertThat(health.path("jobs").asText()).isEqualTo("started");
        }
    }

    @Test
    void withoutANodeIdTheHostAndProcessNameTheNode() {
        try (KakehashiServer server = KakehashiServer.started()) {
            String node = health(new WebClient(server)).path("node").asText();
            assertThat(node).endsWith("-" + ProcessHandle.current().pid()).matches("[A-Za-z0-9][A-Za-z0-9._-]+");
        }
    }
}
