package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the status ITs share: a blog author with an app token, a real Fedify peer following the
 * blog, and helpers to post, read and upload. Each subclass gets its own server and peer.
 */
abstract class MastodonStatusFixture {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    static AppAuthor mio;
    static KakehashiServer server;
    static LiveTables tables;
    static FedifyPeer peer;
    static WebClient admin;
    static MastodonApi http;
    static String token;
    static String writerToken;
    static String authorActor;
    static String accountId;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        mio = AppAuthor.start("Status IT", "mio", "mio-password-1");
        server = mio.server;
        tables = mio.tables;
        admin = mio.admin;
        accountId = mio.id;
        authorActor = mio.actor;
        http = mio.http;
        token = mio.token;
        writerToken = mio.addAuthor("writer", "writer-password-1");
        mio.followedBy(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (mio != null) mio.close();
    }

    static MastodonApi.Answer get(String path) {
        return http.get(path, token);
    }

    static MastodonApi.Answer post(String path, Map<String, ?> body) {
        return http.postJson(path, token, body);
    }

    static MastodonApi.Answer put(String path, String asToken, Map<String, ?> body) {
        try {
            return http.method("PUT", path, asToken, "application/json", JSON.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String status(String text) {
        MastodonApi.Answer a = post("/api/v1/statuses", Map.of("status", text));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }

    static void assertJsonError(MastodonApi.Answer a, int status) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isNotBlank();
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }
}
