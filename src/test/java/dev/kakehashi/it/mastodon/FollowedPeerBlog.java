package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.Map;

/**
 * A fresh blog with two authors and a real Fedify peer: the first author ("mio") follows the peer,
 * which accepts; the second ("ren") follows nobody. Both hold a Mastodon token with {@code read
 * write follow}.
 */
final class FollowedPeerBlog implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    final FedifyPeer peer;
    final KakehashiServer server;
    final LiveTables tables;
    final WebClient admin;
    final MastodonApi http;
    final String mio;
    final String ren;
    final String mioActor;
    final String peerAccount;

    private FollowedPeerBlog(String name) {
        peer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn(name, "mio", "mio-password-1");
        mioActor = server.url("/actors/" + tables.text("select id from account where username = ?", "mio"));
        var authors = admin.get("/admin/authors");
        var made = admin.postForm(
                "/admin/authors",
                WebClient.form(
                        "_csrf", authors.csrf(),
                        "username", "ren",
                        "email", "ren@example.com",
                        "displayName", "Ren",
                        "password", "ren-password-1",
                        "role", "author"));
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        http = new MastodonApi(server);
        MastodonApi.App app = http.register(name, "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        mio = http.passwordToken(app, "mio", "mio-password-1", "read write follow");
        ren = http.passwordToken(app, "ren", "ren-password-1", "read write follow");

        // mio follows the peer from the admin, and the peer accepts.
        var following = admin.get("/admin/following");
        admin.postForm("/admin/following", WebClient.form("_csrf", following.csrf(), "target", "@" + peer.acct()));
        JsonNode follow = peer.awaitReceived(a -> "Follow".equals(a.path("type").asText()), PATIENCE);
        send(Map.of(
                "type",
                "Accept",
                "object",
                Map.of(
                        "type",
                        "Follow",
                        "id",
                        follow.path("id").asText(),
                        "actor",
                        mioActor,
                        "object",
                        peer.actorUrl())));
        Eventually.await(() -> "ACCEPTED"
                .equals(tables.text("select state from following where remote_actor_uri = ?", peer.actorUrl())));
        peerAccount = tables.text("select id from remote_actor where uri = ?", peer.actorUrl());
    }

    static FollowedPeerBlog start(String name) {
        return new FollowedPeerBlog(name);
    }

    /** The peer delivers an activity to mio's inbox, signed. */
    void send(Map<String, ?> activity) {
        FedifyPeer.Delivery d = peer.send(mioActor, activity, FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
    }

    @Override
    public void close() {
        peer.close();
        server.close();
    }
}
