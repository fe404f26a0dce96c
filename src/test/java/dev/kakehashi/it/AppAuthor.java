package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/**
 * A fresh Kakehashi whose first author (an admin) is signed in to a Mastodon app with the password
 * grant: what most Mastodon API tests start from. Also adds authors and follows a Fedify peer the
 * way an app does.
 */
public final class AppAuthor implements AutoCloseable {
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    public final KakehashiServer server;
    public final LiveTables tables;
    public final WebClient admin;
    public final MastodonApi http;
    public final MastodonApi.App app;
    public final String id;
    public final String actor;
    public final String token;

    private AppAuthor(String title, String username, String password, Map<String, String> settings) {
        server = KakehashiServer.fresh();
        settings.forEach(server::with);
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn(title, username, password);
        id = tables.text("select id from account where username = ?", username);
        actor = server.url("/actors/" + id);
        http = new MastodonApi(server);
        app = http.register(title, "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, username, password, "read write follow");
    }

    public static AppAuthor start(String title, String username, String password) {
        return start(title, username, password, Map.of());
    }

    /** As {@link #start(String, String, String)}, the server given {@code settings} (short keys) first. */
    public static AppAuthor start(String title, String username, String password, Map<String, String> settings) {
        return new AppAuthor(title, username, password, settings);
    }

    /** Adds an author (not an admin) from the admin and signs them in to the app; returns their token. */
    public String addAuthor(String username, String password) {
        var authors = admin.get("/admin/authors");
        var made = admin.postForm(
                "/admin/authors",
                WebClient.form(
                        "_csrf",
                        authors.csrf(),
                        "username",
                        username,
                        "email",
                        username + "@example.com",
                        "displayName",
                        username.substring(0, 1).toUpperCase() + username.substring(1),
                        "password",
                        password,
                        "role",
                        "author"));
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        return http.passwordToken(app, username, password, "read write follow");
    }

    /** The peer's account id, found as apps find a remote account: search with resolve. */
    public String resolve(FedifyPeer peer) {
        MastodonApi.Answer found =
                http.get("/api/v2/search?type=accounts&resolve=true&q=" + MastodonApi.enc("@" + peer.acct()), token);
        assertThat(found.json().get("accounts")).as(found.raw().body()).hasSize(1);
        return found.json().get("accounts").get(0).get("id").asText();
    }

    /** Follows the peer from the app and makes it accept; returns the peer's account id. */
    public String followAccepted(FedifyPeer peer) {
        String peerId = resolve(peer);
        MastodonApi.Answer followed = http.postJson("/api/v1/accounts/" + peerId + "/follow", token, Map.of());
        assertThat(followed.status()).as(followed.raw().body()).isEqualTo(200);
        JsonNode follow = peer.awaitReceived(a -> "Follow".equals(a.get("type").asText()), PATIENCE);
        FedifyPeer.Delivery accept = peer.send(
                actor, Map.of("type", "Accept", "object", follow.get("id").asText()), FedifyPeer.Spec.RFC_9421);
        assertThat(accept.status()).as(accept.body()).isLessThan(300);
        Eventually.await(() -> http.get("/api/v1/accounts/relationships?id=" + peerId, token)
                .json()
                .get(0)
                .get("following")
                .asBoolean());
        return peerId;
    }

    /** Makes the peer follow the author and waits for the author's Accept. */
    public void followedBy(FedifyPeer peer) {
        peer.follow(actor);
        peer.awaitReceived(a -> "Accept".equals(a.get("type").asText()), PATIENCE);
    }

    @Override
    public void close() {
        server.close();
    }
}
