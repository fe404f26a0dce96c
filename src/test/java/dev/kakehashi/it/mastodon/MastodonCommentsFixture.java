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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the ITs of a peer's comments and reactions share: a blog whose author (mio, password
 * {@code mio-password-1}) holds an app token with {@code read write follow}, a real Fedify peer
 * that comments on her posts ({@link #peerComment}), and helpers to call the API as her. The peer
 * follows nobody and is followed by nobody until a test calls {@link #followPeer}. Each subclass
 * gets its own server and peer.
 */
abstract class MastodonCommentsFixture {
    static FedifyPeer peer;
    static AppAuthor mio;
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static MastodonApi http;
    static MastodonApi.App app;
    static String token;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        mio = AppAuthor.start("Comments IT", "mio", "mio-password-1");
        server = mio.server;
        tables = mio.tables;
        admin = mio.admin;
        http = mio.http;
        app = mio.app;
        token = mio.token;
        authorActor = mio.actor;
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (mio != null) mio.close();
    }

    /** GET as mio; {@code path} may be a whole URL of this server, as a Link header gives it. */
    static MastodonApi.Answer get(String path) {
        return http.get(
                path.startsWith("http") ? path.substring(server.baseUrl().length()) : path, token);
    }

    /** POST with an empty JSON body as mio. */
    static MastodonApi.Answer post(String path) {
        return http.postJson(path, token, Map.of());
    }

    static MastodonApi.Answer ok(MastodonApi.Answer a) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a;
    }

    /** {@code /api/v1/statuses/{id}} as mio, which must answer 200; {@code id} may carry a sub-path. */
    static JsonNode status(String id) {
        return ok(get("/api/v1/statuses/" + id)).json();
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    static void assertJsonError(MastodonApi.Answer a, int status) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isNotBlank();
    }

    /** The peer comments on mio's post {@code post}; the comment's status id, once the context lists it. */
    static String peerComment(String post, String text) {
        String noteId = peer.reply(authorActor, server.url("/posts/" + post), "<p>" + text + "</p>", null);
        Eventually.await(() ->
                get("/api/v1/statuses/" + post + "/context").json().toString().contains(noteId));
        for (JsonNode s : get("/api/v1/statuses/" + post + "/context").json().get("descendants")) {
            if (noteId.equals(s.get("uri").asText())) {
                return s.get("id").asText();
            }
        }
        throw new AssertionError("no comment " + noteId);
    }

    /** The peer comments on a new post and the author answers it in the admin; the post, comment and answer ids. */
    static String[] answered(String text) {
        return answered(text, "Here is more.");
    }

    /** As {@link #answered(String)}, the author answering with {@code answer} (Markdown). */
    static String[] answered(String text, String answer) {
        String post = admin.compose("note", "publish", "body", text);
        String note = peer.reply(authorActor, server.url("/posts/" + post), "<p>Tell me more</p>", null);
        Eventually.await(() -> status(post + "/context").toString().contains(note));
        String comment =
                status(post + "/context").get("descendants").get(0).get("id").asText();
        var form = admin.get("/admin/comments/" + comment + "/reply");
        var done = admin.postForm(
                "/admin/comments/" + comment + "/reply", WebClient.form("_csrf", form.csrf(), "body", answer));
        assertThat(done.status()).isEqualTo(303);
        JsonNode below = status(post + "/context").get("descendants");
        assertThat(below).hasSize(2);
        return new String[] {post, comment, below.get(1).get("id").asText()};
    }

    /** mio follows the peer from the admin, and the peer accepts. */
    static void followPeer() {
        admin.postForm(
                "/admin/following",
                WebClient.form("_csrf", admin.get("/admin/following").csrf(), "target", peer.actorUrl()));
        JsonNode follow = peer.awaitReceived(a -> "Follow".equals(a.get("type").asText()), AppAuthor.PATIENCE);
        FedifyPeer.Delivery accept = peer.send(
                authorActor, Map.of("type", "Accept", "object", follow.get("id").asText()), FedifyPeer.Spec.RFC_9421);
        assertThat(accept.status()).as(accept.body()).isLessThan(300);
        Eventually.await(() -> tables.count("select count(*) from following where state = 'ACCEPTED'") == 1);
    }

    /** The activity of {@code type} on {@code object} the peer received, waiting for it. */
    static JsonNode received(String type, String object) {
        return peer.awaitReceived(
                a -> type.equals(a.get("type").asText())
                        && object.equals(a.get("activity").get("object").asText()),
                AppAuthor.PATIENCE);
    }
}
