package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real signed replies from a fediverse peer pass the moderation gate: a first-time commenter waits
 * in the queue and is absent from the post page until approved; after that their replies appear at
 * once; the bundled spam filter keeps spam off the page.
 */
class ModeratedRepliesIT {
    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static WebClient admin;
    static String postId;
    static final AtomicInteger N = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Moderated replies IT", "mika", "mika-password-1");
        AdminPages.commentPolicy(admin, "HOLD_FIRST_TIME");
        postId = admin.compose("note", "publish", "body", "Tell me what you think");
        peer = new SigningPeer();
        peer.actor("ren");
        peer.actor("spammer");
        peer.actor("mods");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    /** Sends a signed Create of a reply to the post; returns the reply's id once it is stored. */
    private static String reply(String name, String html) throws Exception {
        String actor = peer.actorId(name);
        String id = actor + "/statuses/" + N.incrementAndGet();
        String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id + "/activity\","
                + "\"type\":\"Create\",\"actor\":\"" + actor
                + "\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],"
                + "\"object\":{\"id\":\"" + id + "\",\"type\":\"Note\",\"attributedTo\":\"" + actor + "\","
                + "\"inReplyTo\":\"" + server.url("/posts/" + postId) + "\",\"published\":\"2026-11-22T05:00:00Z\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"content\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(html) + "}}";
        assertThat(peer.post(URI.create(server.url("/inbox")), body, peer.mainKey(name))
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> tables.count("select count(*) from post_comment where uri = ?", id) == 1);
        return id;
    }

    private static String status(String uri) {
        return tables.text("select status from post_comment where uri = ?", uri);
    }

    private static String commentId(String uri) {
        return tables.text("select cast(id as varchar(30)) from post_comment where uri = ?", uri);
    }

    private static String publicPage() {
        return new WebClient(server).get("/posts/" + postId).body();
    }

    @Test
    void aFirstTimeCommenterWaitsForApprovalThenTheirRepliesAppearAtOnce() throws Exception {
        String first = reply("ren", "<p>First words from Ren</p>");
        assertThat(status(first)).isEqualTo("PENDING");
        assertThat(publicPage()).doesNotContain("First words from Ren");

        var queue = admin.get("/admin/comments");
        assertThat(queue.html().selectFirst("li.comment-card[data-comment=" + commentId(first) + "]"))
                .isNotNull();
        assertThat(admin.postForm(
                                "/admin/comments/" + commentId(first) + "/approve",
                                form("_csrf", queue.csrf(), "tab", "pending"))
                        .status())
                .isEqualTo(303);
        assertThat(publicPage()).contains("First words from Ren");

        String second = reply("ren", "<p>Second words from Ren</p>");
        assertThat(status(second)).isEqualTo("PUBLISHED");
        assertThat(publicPage()).contains("Second words from Ren");
    }

    @Test
    void theSpamFilterKeepsAKeywordReplyOffThePageAndRejectedOrSpamCommentsVanish() throws Exception {
        String spam = reply("spammer", "<p>Best casino bonus here</p>");
        assertThat(status(spam)).isEqualTo("SPAM");
        assertThat(publicPage()).doesNotContain("Best casino bonus");
        var spamTab = admin.get("/admin/comments?status=spam");
        assertThat(spamTab.html().selectFirst("li.comment-card[data-comment=" + commentId(spam) + "]"))
                .isNotNull();

        String held = reply("mods", "<p>Held words from Mods</p>");
        var queue = admin.get("/admin/comments");
        admin.postForm(
                "/admin/comments/" + commentId(held) + "/approve", form("_csrf", queue.csrf(), "tab", "pending"));
        assertThat(publicPage()).contains("Held words from Mods");
        admin.postForm(
                "/admin/comments/" + commentId(held) + "/reject", form("_csrf", queue.csrf(), "tab", "published"));
        assertThat(publicPage()).doesNotContain("Held words from Mods");
    }

    @Test
    void aDeletedCommentDoesNotComeBackWhenTheSameReplyArrivesAgain() throws Exception {
        String once = reply("mods", "<p>Say it once</p>");
        var queue = admin.get("/admin/comments");
        admin.postForm("/admin/comments/" + commentId(once) + "/delete", form("_csrf", queue.csrf(), "tab", "pending"));
        // The same Create delivered again (a retry) is recognised by its id.
        String actor = peer.actorId("mods");
        String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + once + "/activity-again\","
                + "\"type\":\"Create\",\"actor\":\"" + actor + "\",\"object\":{\"id\":\"" + once
                + "\",\"type\":\"Note\","
                + "\"attributedTo\":\"" + actor + "\",\"inReplyTo\":\"" + server.url("/posts/" + postId) + "\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"content\":\"<p>Say it once</p>\"}}";
        assertThat(peer.post(URI.create(server.url("/inbox")), body, peer.mainKey("mods"))
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> tables.count(
                        "select count(*) from inbox_activity where activity_id = ? and processed_at is not null",
                        once + "/activity-again")
                == 1);
        assertThat(tables.count("select count(*) from post_comment where uri = ? and deleted_at is not null", once))
                .isEqualTo(1);
        assertThat(publicPage()).doesNotContain("Say it once");
    }
}
