package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real clients' streaming: masto.js (WebSocket, token as sub-protocol, URL from v2 instance),
 * megalodon (WebSocket, {@code ?access_token=}, URL from v1 instance) and Mastodon.py (server-sent
 * events, health check) each receive the update of a status they posted.
 */
class StreamingClientsIT {
    static KakehashiServer server;
    static String token;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        new WebClient(server).setUpAndLogIn("Streaming clients IT", "ren", "ren-password-1");
        MastodonApi http = new MastodonApi(server);
        var app = http.register("Streaming clients IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "ren", "ren-password-1", "read write follow");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void mastoJsStreamingClientReceivesAnUpdateOnTheUserStream() {
        MastodonClients.requireNodeClients();
        JsonNode got = MastodonClients.node("masto_streaming.mjs", server.baseUrl(), token)
                .ok()
                .json();
        assertThat(got.get("event").asText()).isEqualTo("update");
        assertThat(got.get("stream").get(0).asText()).isEqualTo("user");
        assertThat(got.get("content").asText()).contains("masto.js streams");
    }

    @Test
    void megalodonUserStreamingReceivesAnUpdate() {
        MastodonClients.requireNodeClients();
        JsonNode got = MastodonClients.node("megalodon_streaming.mjs", server.baseUrl(), token)
                .ok()
                .json();
        assertThat(got.get("event").asText()).isEqualTo("update");
        assertThat(got.get("content").asText()).contains("megalodon streams");
    }

    @Test
    void mastodonPyStreamUserReceivesAnUpdateOverServerSentEvents() {
        MastodonClients.requireMastodonPy();
        JsonNode got =
                MastodonClients.python("stream", server.baseUrl(), token).ok().json();
        assertThat(got.get("healthy").asBoolean()).isTrue();
        assertThat(got.get("event").asText()).isEqualTo("update");
        assertThat(got.get("content").asText()).contains("Mastodon.py streams");
    }
}
