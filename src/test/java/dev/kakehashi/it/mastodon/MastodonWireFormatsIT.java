package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Times on the wire as Mastodon writes them (INTEROP B0.8): every {@code *_at} field of the answers
 * an app reads at login and on its first screens is RFC 3339 in UTC with at most three fractional
 * digits ({@code 2026-08-21T13:50:27.000Z}), except {@code last_status_at}, a date
 * ({@code YYYY-MM-DD}) that toot reads with {@code date.fromisoformat}; ids are strings (B0.7).
 */
class MastodonWireFormatsIT {
    private static final String DATETIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z";
    private static final String DATE = "\\d{4}-\\d\\d-\\d\\d";

    static KakehashiServer server;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        new WebClient(server).setUpAndLogIn("Formats IT", "fumi", "fumi-password-1");
        http = new MastodonApi(server);
        var app = http.register("Formats IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "fumi", "fumi-password-1", "read write follow");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void everyTimeIsRfc3339AndTheLastStatusADate() {
        var posted = http.postJson("/api/v1/statuses", token, Map.of("status", "What time is it?"));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(200);
        String id = posted.json().get("id").asText();
        http.method(
                "PUT", "/api/v1/statuses/" + id, token, "application/json", "{\"status\":\"What time is it now?\"}");
        String later = Instant.now().plus(2, ChronoUnit.DAYS).toString();
        http.postJson("/api/v1/statuses", token, Map.of("status", "Later", "scheduled_at", later));
        http.postForm("/api/v1/markers", token, Map.of("home[last_read_id]", id));
        http.postJson(
                "/api/v2/filters",
                token,
                Map.of("title", "Spoilers", "context", List.of("home"), "expires_in", "3600"));

        List<String> checked = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/accounts/verify_credentials",
                "/api/v1/statuses/" + id,
                "/api/v1/statuses/" + id + "/history",
                "/api/v1/timelines/home",
                "/api/v1/scheduled_statuses",
                "/api/v1/markers?timeline%5B%5D=home",
                "/api/v2/filters",
                "/api/v2/instance",
                "/api/v1/instance")) {
            var a = http.get(path, token);
            assertThat(a.status()).as(path).isEqualTo(200);
            walk(path, a.json(), checked);
        }
        var me = http.get("/api/v1/accounts/verify_credentials", token).json();
        assertThat(me.get("last_status_at").asText())
                .isEqualTo(Instant.now().toString().substring(0, 10));
        assertThat(checked)
                .contains("created_at", "edited_at", "last_status_at", "scheduled_at", "updated_at", "expires_at");
    }

    private static void walk(String path, JsonNode node, List<String> checked) {
        if (node.isArray()) {
            node.forEach(n -> walk(path, n, checked));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (name.endsWith("_at") && v.isTextual()) {
                checked.add(name);
                assertThat(v.asText()).as(path + " " + name).matches(name.equals("last_status_at") ? DATE : DATETIME);
            } else if ((name.equals("id") || name.endsWith("_id")) && !v.isNull() && !v.isContainerNode()) {
                assertThat(v.isTextual())
                        .as(path + " " + name + " is a string: " + v)
                        .isTrue();
            }
            walk(path, v, checked);
        });
    }
}
