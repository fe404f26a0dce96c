package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several statuses read in one call ({@code GET /api/v1/statuses?id[]=}, Mastodon 4.3, as Phanpy asks). */
class MastodonStatusesBatchIT {
    static KakehashiServer server;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        server.start();
        new WebClient(server).setUpAndLogIn("Statuses batch IT", "sora", "sora-password-1");
        http = new MastodonApi(server);
        MastodonApi.App app = http.register("Statuses batch IT", "read write", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "sora", "sora-password-1", "read write");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void severalStatusesAreReadAtOnceInTheOrderAskedLeavingOutWhatTheCallerMayNotSee() {
        String first = post(Map.of("status", "One of several"));
        String second = post(Map.of("status", "Two of several"));
        String hidden = post(Map.of("status", "Several, for followers", "visibility", "private"));
        String asked = "/api/v1/statuses?id%5B%5D=" + second + "&id%5B%5D=" + hidden + "&id%5B%5D=" + first
                + "&id%5B%5D=987654321&id%5B%5D=nope&id%5B%5D=" + second;
        MastodonApi.Answer anonymous = http.get(asked, null);
        assertThat(anonymous.status()).as(anonymous.raw().body()).isEqualTo(200);
        assertThat(ids(anonymous.json())).containsExactly(second, first);
        assertThat(anonymous.json().get(0).get("content").asText()).contains("Two of several");
        assertThat(ids(http.get(asked, token).json())).containsExactly(second, hidden, first);
        // Plain repeated id= as well, as Rails reads it.
        assertThat(ids(http.get("/api/v1/statuses?id=" + first + "&id=" + second, token)
                        .json()))
                .containsExactly(first, second);
        MastodonStatusesIT.assertJsonError(
                http.get("/api/v1/statuses", token), 422, "Validation failed: id is required");
    }

    private static String post(Map<String, String> body) {
        return http.postJson("/api/v1/statuses", token, body).json().get("id").asText();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }
}
