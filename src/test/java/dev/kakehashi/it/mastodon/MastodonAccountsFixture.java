package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
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
import org.junit.jupiter.api.BeforeEach;

/**
 * What the accounts ITs share: a blog with one author (kai) and an app token, a real Fedify peer,
 * and helpers to find, follow and read relationships with that peer. Each subclass gets its own
 * server and peer.
 */
abstract class MastodonAccountsFixture {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static AppAuthor kai;
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static FedifyPeer peer;
    static MastodonApi http;
    static MastodonApi.App app;
    static String token;
    static String me;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        kai = AppAuthor.start("Accounts IT", "kai", "kai-password-1");
        server = kai.server;
        tables = kai.tables;
        admin = kai.admin;
        me = kai.id;
        authorActor = kai.actor;
        http = kai.http;
        app = kai.app;
        token = kai.token;
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (kai != null) kai.close();
    }

    @BeforeEach
    void forgetWhatThePeerReceived() {
        peer.reset();
    }

    static MastodonApi.Answer get(String path) {
        return http.get(
                path.startsWith("http") ? path.substring(server.baseUrl().length()) : path, token);
    }

    static MastodonApi.Answer post(String path) {
        return http.postJson(path, token, Map.of());
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

    /** The peer's account id, found the way apps find a remote account: search with resolve. */
    static String peerId() {
        MastodonApi.Answer found =
                get("/api/v2/search?type=accounts&resolve=true&q=" + MastodonApi.enc("@" + peer.acct()));
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        assertThat(found.json().get("accounts")).as(found.raw().body()).hasSize(1);
        return found.json().get("accounts").get(0).get("id").asText();
    }

    static JsonNode relationship(String id) {
        MastodonApi.Answer a = get("/api/v1/accounts/relationships?id=" + id);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get(0);
    }

    /** Follows the peer from the app and makes the peer accept; returns the peer's account id. */
    static String followAccepted() {
        String id = peerId();
        MastodonApi.Answer followed = post("/api/v1/accounts/" + id + "/follow");
        assertThat(followed.status()).as(followed.raw().body()).isEqualTo(200);
        JsonNode follow = peer.awaitReceived(
                a -> "Follow".equals(a.get("type").asText())
                        && authorActor.equals(a.get("actor").asText()),
                PATIENCE);
        FedifyPeer.Delivery accept = peer.send(
                authorActor, Map.of("type", "Accept", "object", follow.get("id").asText()), FedifyPeer.Spec.RFC_9421);
        assertThat(accept.status()).as(accept.body()).isLessThan(300);
        Eventually.await(() -> relationship(id).get("following").asBoolean());
        return id;
    }
}
