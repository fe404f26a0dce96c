package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the filters and grouped notifications ITs share: a blog author with an app token, two real
 * Fedify peers, and helpers to post and read timelines. Each subclass gets its own server and peers.
 */
abstract class MastodonFiltersFixture {
    static final String FORM = "application/x-www-form-urlencoded";

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static FedifyPeer peer;
    static FedifyPeer otherPeer;
    static MastodonApi http;
    static MastodonApi.App app;
    static String token;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        otherPeer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Filters IT", "mio", "mio-password-1");
        authorActor = server.url("/actors/" + tables.text("select id from account where username = ?", "mio"));
        http = new MastodonApi(server);
        app = http.register("Filters IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "mio", "mio-password-1", "read write follow");
    }

    @AfterAll
    static void stop() {
        if (otherPeer != null) otherPeer.close();
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static MastodonApi.Answer get(String path) {
        return http.get(
                path.startsWith("http") ? path.substring(server.baseUrl().length()) : path, token);
    }

    static MastodonApi.Answer send(String method, String path, Object json) {
        try {
            String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json);
            return http.method(method, path, token, "application/json", body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String createFilter(Object json) {
        MastodonApi.Answer created = send("POST", "/api/v2/filters", json);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    static List<String> contents(JsonNode statuses) {
        List<String> out = new ArrayList<>();
        statuses.forEach(s -> out.add(s.get("content").asText()));
        return out;
    }

    static JsonNode statusWith(JsonNode statuses, String text) {
        for (JsonNode s : statuses) {
            if (s.get("content").asText().contains(text)) {
                return s;
            }
        }
        throw new AssertionError("no status with " + text + " in " + statuses);
    }

    static void assertJsonError(MastodonApi.Answer a, int status) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isNotBlank();
    }

    static String next(MastodonApi.Answer page) {
        String link = page.header("Link");
        assertThat(link).as("Link").isNotNull().contains("rel=\"next\"");
        return link.substring(1, link.indexOf('>'));
    }
}
