package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.federation.VisibilityIT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever Kakehashi keeps in memory or lets others keep (settings, ETags, shared caches) is never
 * stale: each change is visible on the very next request, an unchanged page answers 304 to a
 * revalidation and a changed one 200.
 */
class CacheFreshnessIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER = "text/html,application/xhtml+xml";
    private static final String AP = "application/activity+json";
    static KakehashiServer server;
    static WebClient admin;
    static WebClient reader;
    static SigningPeer peer;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Fresh IT", "toki", "toki-password-1");
        AdminPages.publishCommentsAtOnce(admin);
        reader = new WebClient(server);
        peer = new SigningPeer();
        peer.actor("alice", doc -> doc.put("name", "Alice Example"));
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static WebClient.Page get(String path, String accept, String ifNoneMatch) {
        HttpRequest.Builder r = HttpRequest.newBuilder(reader.uri(path)).header("Accept", accept);
        if (ifNoneMatch != null) {
            r.header("If-None-Match", ifNoneMatch);
        }
        return reader.send(r.GET());
    }

    /** Asks twice: the second answer comes from the page cache, so what follows tests its freshness. */
    static WebClient.Page cached(String path, String accept) {
        get(path, accept, null);
        var kept = get(path, accept, null);
        assertThat(kept.header("X-Kakehashi-Cache")).as(path).isEqualTo("hit");
        return kept;
    }

    static void edit(String id, String body) {
        var page = admin.get("/admin/posts/" + id + "/edit");
        assertThat(admin.postForm(
                                "/admin/posts/" + id,
                                form("_csrf", page.csrf(), "action", "publish", "body", body, "tags", "fresh"))
                        .status())
                .isEqualTo(303);
    }

    static void settings(String title, String theme) {
        var page = admin.get("/admin/settings");
        assertThat(admin.postForm(
                                "/admin/settings",
                                form(
                                        "_csrf",
                                        page.csrf(),
                                        "title",
                                        title,
                                        "description",
                                        "",
                                        "language",
                                        "en",
                                        "theme",
                                        theme))
                        .status())
                .isEqualTo(303);
    }

    @Test
    void anUnchangedPageAnswers304AndAnEditedOne200WithTheNewText() {
        String id = admin.compose("note", "publish", "body", "Original words", "tags", "fresh");
        cached("/", BROWSER);
        cached("/feed.xml", "application/rss+xml");
        cached("/tags/fresh", BROWSER);
        var first = cached("/posts/" + id, BROWSER);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("public");
        assertThat(first.header("Vary")).contains("Accept");

        var again = get("/posts/" + id, BROWSER, etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("X-Kakehashi-Cache")).isEqualTo("hit");

        edit(id, "Edited words");
        var after = get("/posts/" + id, BROWSER, etag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.html().select("article .content").text()).isEqualTo("Edited words");
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(get("/", BROWSER, null).body()).contains("Edited words").doesNotContain("Original words");
        assertThat(get("/feed.xml", "application/rss+xml", null).body())
                .contains("Edited words")
                .doesNotContain("Original words");
        assertThat(get("/tags/fresh", BROWSER, null).body()).contains("Edited words");
    }

    @Test
    void aPrivateNoteOnAnAccountLeavesTheCachedPagesAsTheyAre() {
        MastodonApi api = new MastodonApi(server);
        String token = api.passwordToken(
                api.register("Notes", "read write", "urn:ietf:wg:oauth:2.0:oob"),
                "toki",
                "toki-password-1",
                "read write");
        String me = api.get("/api/v1/accounts/verify_credentials", token)
                .json()
                .get("id")
                .asText();
        String etag = cached("/", BROWSER).header("ETag");

        var noted = api.postJson("/api/v1/accounts/" + me + "/note", token, Map.of("comment", "Only mine"));
        assertThat(noted.status()).as(noted.raw().body()).isEqualTo(200);

        var after = get("/", BROWSER, null);
        assertThat(after.header("X-Kakehashi-Cache")).isEqualTo("hit");
        assertThat(after.header("ETag")).isEqualTo(etag);
        assertThat(after.body()).doesNotContain("Only mine");
    }

    @Test
    void aKeptPageLargerThanTomcatsBufferIsReplayedWithItsLengthOnly() {
        String words = "Many words in a long note. ".repeat(600);
        admin.compose("article", "publish", "title", "A long read", "slug", "long-read", "body", words);
        var kept = cached("/articles/long-read", BROWSER);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body()).contains("Many words in a long note.");
        // Both headers in one answer is a framing error (RFC 9112 6.3) strict clients refuse.
        assertThat(kept.header("Content-Length"))
                .isEqualTo(String.valueOf(kept.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(kept.header("Transfer-Encoding")).isNull();
    }

    @Test
    void aDeletedPostIsGoneOnTheNextRequestEvenForARevalidation() {
        String id = admin.compose("note", "publish", "body", "Soon deleted", "tags", "fresh");
        String etag = cached("/posts/" + id, BROWSER).header("ETag");
        String homeTag = cached("/", BROWSER).header("ETag");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        admin.postForm("/admin/posts/" + id + "/delete", form("_csrf", edit.csrf()));

        assertThat(get("/posts/" + id, BROWSER, etag).status()).isEqualTo(410);
        var home = get("/", BROWSER, homeTag);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("Soon deleted");
    }

    @Test
    void aNewCommentShowsOnTheNextRequestAfterItIsStored() throws Exception {
        String id = admin.compose("note", "publish", "body", "Comment on me", "tags", "fresh");
        String etag = cached("/posts/" + id, BROWSER).header("ETag");
        ObjectNode note = JSON.createObjectNode();
        note.put("id", peer.actorId("alice") + "/statuses/fresh-1");
        note.put("type", "Note");
        note.put("attributedTo", peer.actorId("alice"));
        note.put("inReplyTo", server.url("/posts/" + id));
        note.put("content", "<p>A fresh comment</p>");
        note.put("published", "2026-06-01T10:00:00Z");
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        note.putArray("cc").add(server.url("/actors/blog"));
        ObjectNode create = JSON.createObjectNode();
        create.put("@context", "https://www.w3.org/ns/activitystreams");
        create.put("id", peer.actorId("alice") + "/statuses/fresh-1/activity");
        create.put("type", "Create");
        create.put("actor", peer.actorId("alice"));
        create.set("object", note);
        var answer = peer.post(URI.create(server.url("/inbox")), create.toString(), peer.mainKey("alice"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);

        Eventually.await(() -> get("/posts/" + id, BROWSER, null).body().contains("A fresh comment"));
        var revalidated = get("/posts/" + id, BROWSER, etag);
        assertThat(revalidated.status()).isEqualTo(200);
        assertThat(revalidated.body()).contains("A fresh comment");
    }

    @Test
    void aThemeSwitchAndATitleChangeShowOnTheNextRequest() {
        try {
            String etag = cached("/", BROWSER).header("ETag");
            cached("/feed.xml", "application/rss+xml");
            settings("Renamed blog", "minimal");
            var home = get("/", BROWSER, etag);
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.html().select("body").hasClass("minimal")).isTrue();
            assertThat(home.html().title()).isEqualTo("Renamed blog");
            var feed = get("/feed.xml", "application/rss+xml", null).body();
            assertThat(feed).contains("<title>Renamed blog</title>");
        } finally {
            settings("Fresh IT", "default");
        }
        assertThat(get("/", BROWSER, null).html().select("body").hasClass("minimal"))
                .isFalse();
    }

    @Test
    void aTitleChangeAloneShowsOnTheNextRequest() {
        try {
            cached("/", BROWSER);
            cached("/feed.xml", "application/rss+xml");
            settings("Retitled blog", "default");
            assertThat(get("/", BROWSER, null).html().title()).isEqualTo("Retitled blog");
            assertThat(get("/feed.xml", "application/rss+xml", null).body()).contains("<title>Retitled blog</title>");
        } finally {
            settings("Fresh IT", "default");
        }
    }

    @Test
    void aNewBlogHandleAnswersWebFingerAndTheActorOnTheNextRequest() throws Exception {
        String actorTag = get("/actors/blog", AP, null).header("ETag");
        assertThat(get("/actors/blog", AP, actorTag).status()).isEqualTo(304);
        var page = admin.get("/admin/settings");
        var saved = admin.postForm(
                "/admin/settings/federation",
                form(
                        "_csrf", page.csrf(),
                        "actorMode", "both",
                        "blogHandle", "journal",
                        "articleFormat", "note"));
        assertThat(saved.status()).isEqualTo(303);

        var finger = get(
                "/.well-known/webfinger?resource=acct:journal@"
                        + URI.create(server.url("/")).getRawAuthority(),
                "application/jrd+json",
                null);
        assertThat(finger.status()).isEqualTo(200);
        var actor = get("/actors/blog", AP, actorTag);
        assertThat(actor.status()).isEqualTo(200);
        assertThat(JSON.readTree(actor.body()).path("preferredUsername").asText())
                .isEqualTo("journal");
    }

    @Test
    void aPostEditAndAProfileEditShowInTheNextActivityPubRequestSignedOrNot() throws Exception {
        String id = admin.compose("note", "publish", "body", "First federated words", "tags", "fresh");
        get("/@toki", AP, null); // the author's first actor document makes (and stores) their key pair
        cached("/@toki", AP);
        cached("/nodeinfo/2.1", "application/json");
        String postTag = cached("/posts/" + id, AP).header("ETag");
        // A peer's signed fetch of a public document is the same document: answered from the cache.
        var signed = VisibilityIT.signedGet(server.url("/posts/" + id), peer.mainKey("alice"));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.cache()).isEqualTo("hit");
        assertThat(get("/posts/" + id, AP, postTag).status()).isEqualTo(304);

        edit(id, "Second federated words");
        var post = get("/posts/" + id, AP, postTag);
        assertThat(post.status()).isEqualTo(200);
        assertThat(JSON.readTree(post.body()).path("content").asText())
                .contains("Second federated words")
                .doesNotContain("First federated words");
        assertThat(VisibilityIT.signedGet(server.url("/posts/" + id), peer.mainKey("alice"))
                        .body())
                .contains("Second federated words");

        var page = admin.get("/admin/profile");
        var saved = admin.postForm(
                "/admin/profile",
                form("_csrf", page.csrf(), "displayName", "Toki Renamed", "bio", "", "email", "toki@example.com"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(JSON.readTree(get("/@toki", AP, null).body()).path("name").asText())
                .isEqualTo("Toki Renamed");
    }

    @Test
    void aFollowAnUndoAndANewPostShowInTheCollectionsOnTheNextRequest() throws Exception {
        String followers = "/actors/blog/followers";
        assertThat(JSON.readTree(cached(followers, AP).body())
                        .path("totalItems")
                        .asLong())
                .isZero();
        String followId = peer.actorId("alice") + "/follows/fresh";
        ObjectNode follow = JSON.createObjectNode();
        follow.put("@context", "https://www.w3.org/ns/activitystreams");
        follow.put("id", followId);
        follow.put("type", "Follow");
        follow.put("actor", peer.actorId("alice"));
        follow.put("object", server.url("/actors/blog"));
        var answer = peer.post(URI.create(server.url("/inbox")), follow.toString(), peer.mainKey("alice"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        Eventually.await(() -> json(followers).path("totalItems").asLong() == 1);
        var page = JSON.readTree(cached(followers + "?page=1", AP).body());
        assertThat(page.path("orderedItems").get(0).asText()).isEqualTo(peer.actorId("alice"));

        ObjectNode undo = JSON.createObjectNode();
        undo.put("@context", "https://www.w3.org/ns/activitystreams");
        undo.put("id", followId + "/undo");
        undo.put("type", "Undo");
        undo.put("actor", peer.actorId("alice"));
        undo.set("object", follow.deepCopy().without("@context"));
        answer = peer.post(URI.create(server.url("/inbox")), undo.toString(), peer.mainKey("alice"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        Eventually.await(() -> json(followers + "?page=1").path("orderedItems").isEmpty());

        // The Accept's delivery and the follower's refresh write in the background; let them finish
        // so that the two requests below see one stored state.
        server.runDueJobs();
        String outbox = "/actors/blog/outbox";
        long before =
                JSON.readTree(cached(outbox, AP).body()).path("totalItems").asLong();
        admin.compose("note", "publish", "body", "One more for the outbox", "tags", "fresh");
        assertThat(json(outbox).path("totalItems").asLong()).isEqualTo(before + 1);
    }

    /** The document at {@code path} as a peer fetches it, unsigned. */
    private static JsonNode json(String path) {
        try {
            return JSON.readTree(get(path, AP, null).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aReaderWithACookieIsNeverServedAKeptPage() {
        cached("/", BROWSER);
        var withCookie = reader.send(HttpRequest.newBuilder(reader.uri("/"))
                .header("Accept", BROWSER)
                .header("Cookie", "theme=x")
                .GET());
        assertThat(withCookie.status()).isEqualTo(200);
        assertThat(withCookie.header("X-Kakehashi-Cache")).isNull();
        assertThat(admin.get("/").header("X-Kakehashi-Cache")).isNull();
    }

    @Test
    void feedsAndAdminPagesSayWhoMayKeepThem() {
        var feed = get("/feed.xml", "application/rss+xml", null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(get("/feed.xml", "application/rss+xml", feed.header("ETag")).status())
                .isEqualTo(304);
        assertThat(admin.get("/admin/posts").header("Cache-Control")).contains("no-store");
    }
}
