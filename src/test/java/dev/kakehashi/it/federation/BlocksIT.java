package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An admin blocks a whole server and one account: their POSTs are refused with nothing stored, they
 * stop following, nothing more is delivered to them (what waited is cancelled) and their comments
 * are hidden; lifting the blocks lets them in again and shows the comments.
 *
 * <p>Comments arrive as signed replies and are checked on the post page; the one held for
 * moderation is written into post_comment directly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlocksIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static SigningPeer spam; // the server to block: sam, sue
    static SigningPeer good; // gil, and troll whom the admin blocks alone
    static URI inbox;
    static String postA;

    @BeforeAll
    static void start() throws Exception {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Blocks IT", "bea", "bea-password-1");
        // About how replies show, not about moderation (ModeratedRepliesIT): publish them at once.
        AdminPages.publishCommentsAtOnce(admin);
        inbox = URI.create(server.url("/actors/blog/inbox"));
        spam = new SigningPeer();
        spam.actor("sam");
        spam.actor("sue");
        good = new SigningPeer();
        good.actor("gil");
        good.actor("troll");
        good.remote.serve(
                "/.well-known/webfinger",
                200,
                "application/jrd+json",
                "{\"subject\":\"acct:troll@" + good.remote.authority() + "\",\"links\":[{\"rel\":\"self\","
                        + "\"type\":\"application/activity+json\",\"href\":\"" + good.actorId("troll") + "\"}]}");
    }

    @AfterAll
    static void stop() {
        if (spam != null) spam.close();
        if (good != null) good.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void everyoneFollowsTheBlogAndComments() throws Exception {
        for (var who : new Object[][] {{spam, "sam"}, {spam, "sue"}, {good, "gil"}, {good, "troll"}}) {
            SigningPeer peer = (SigningPeer) who[0];
            String name = (String) who[1];
            assertThat(peer.post(inbox, follow(peer, name, "1"), peer.mainKey(name))
                            .statusCode())
                    .isEqualTo(202);
        }
        Eventually.await(() -> tables.count("select count(*) from follower where local_actor = 'blog'") == 4);
        // Each gets its Accept first.
        Eventually.await(() -> posts(spam, "/users/sue/inbox") == 1 && posts(good, "/users/gil/inbox") == 1);

        // sue's server is down: what the blog sends her keeps waiting for a retry.
        spam.remote.serve("/users/sue/inbox", 503, "text/plain", "down");
        postA = admin.compose("note", "publish", "body", "Before the block.");
        Eventually.await(() -> posts(good, "/users/gil/inbox") == 2 && waitingFor(spam.actorId("sue") + "/inbox") == 1);

        reply(spam, "sam", postA);
        reply(good, "gil", postA);
        reply(good, "troll", postA);
        // A comment held for moderation, as a gate holding first-time commenters leaves it.
        comment(postA, spam.actorId("sue"), "PENDING");
        Eventually.await(() -> commenters().size() == 3);
    }

    @Test
    @Order(2)
    void aDomainBlockRemovesItsFollowersCancelsWhatWaitsAndHidesItsComments() {
        var done = blockDomain(spam.remote.authority(), "spam wave");

        assertThat(done.status()).as(done.body()).isEqualTo(303);
        var page = admin.get(done.header("Location"));
        assertThat(page.html().selectFirst(".notice").text()).contains("2 follower(s) removed", "2 comment(s) hidden");
        Element row = page.html().selectFirst(".block-row[data-kind=domain]");
        assertThat(row.attr("data-target")).isEqualTo(spam.remote.authority());
        assertThat(row.text()).contains("spam wave");

        assertThat(followers(spam)).isZero();
        assertThat(followers(good)).isEqualTo(2);
        String sue = spam.actorId("sue") + "/inbox";
        assertThat(tables.count(
                        "select count(*) from delivery where inbox_url = ? and state = 'FAILED' and last_error = 'blocked'",
                        sue))
                .isEqualTo(1);
        assertThat(tables.count("select count(*) from delivery where inbox_url = ? and state = 'PENDING'", sue))
                .isZero();
        assertThat(status(spam.actorId("sam"))).isEqualTo("HIDDEN");
        assertThat(status(spam.actorId("sue"))).isEqualTo("HIDDEN");
        assertThat(status(good.actorId("gil"))).isEqualTo("PUBLISHED");
        assertThat(commenters()).containsExactlyInAnyOrder(handle(good, "gil"), handle(good, "troll"));
    }

    @Test
    @Order(3)
    void theBlockedServerIsRefusedAtTheInboxAndNothingIsStored() throws Exception {
        long stored = tables.count("select count(*) from inbox_activity");

        var answer = spam.post(inbox, follow(spam, "sam", "2"), spam.mainKey("sam"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("blocked");
        assertThat(tables.count("select count(*) from inbox_activity")).isEqualTo(stored);
        assertThat(followers(spam)).isZero();
    }

    @Test
    @Order(4)
    void aNewPostReachesOtherServersAndNothingGoesToTheBlockedOne() throws Exception {
        long spamPostsBefore = inboxPosts(spam);
        long spamRowsBefore = deliveryRows(spam);
        long gilBefore = posts(good, "/users/gil/inbox");

        admin.compose("note", "publish", "body", "After the block.");

        Eventually.await(() -> posts(good, "/users/gil/inbox") == gilBefore + 1);
        server.runDueJobs(); // anything queued for the blocked server would have gone now
        assertThat(inboxPosts(spam)).isEqualTo(spamPostsBefore);
        assertThat(deliveryRows(spam)).isEqualTo(spamRowsBefore);
    }

    @Test
    @Order(5)
    void anAccountBlockedByItsHandleIsRefusedAloneAndGetsNothingMore() throws Exception {
        var done = admin.postForm(
                "/admin/blocks/actor",
                form("_csrf", csrf(), "actor", "@troll@" + good.remote.authority(), "reason", ""));
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(admin.get("/admin/blocks")
                        .html()
                        .selectFirst(".block-row[data-kind=actor]")
                        .attr("data-target"))
                .isEqualTo(good.actorId("troll"));
        assertThat(status(good.actorId("troll"))).isEqualTo("HIDDEN");
        assertThat(status(good.actorId("gil"))).isEqualTo("PUBLISHED");
        assertThat(followers(good)).isEqualTo(1);
        assertThat(commenters()).containsExactly(handle(good, "gil"));

        assertThat(good.post(inbox, follow(good, "troll", "2"), good.mainKey("troll"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(good.post(inbox, follow(good, "gil", "2"), good.mainKey("gil"))
                        .statusCode())
                .isEqualTo(202);

        long gilBefore = posts(good, "/users/gil/inbox");
        long trollBefore = posts(good, "/users/troll/inbox");
        admin.compose("note", "publish", "body", "After the account block.");
        Eventually.await(() -> posts(good, "/users/gil/inbox") >= gilBefore + 1);
        server.runDueJobs();
        assertThat(posts(good, "/users/troll/inbox")).isEqualTo(trollBefore);
    }

    @Test
    @Order(6)
    void badBlocksAreExplainedAndChangeNothing() {
        long before = tables.count("select count(*) from moderation_block");

        var own = blockDomain(URI.create(server.baseUrl()).getRawAuthority(), "");
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.html().selectFirst(".field-error").text()).contains("own domain");

        var junk = blockDomain("not a domain", "");
        assertThat(junk.status()).isEqualTo(422);
        assertThat(junk.html().selectFirst("input[name=domain]").val()).isEqualTo("not a domain");

        var again = blockDomain(spam.remote.authority(), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.html().selectFirst(".error").text()).contains("blocked already");

        var forged = admin.postForm("/admin/blocks/domain", form("domain", "victim.example", "reason", ""));
        assertThat(forged.status()).isEqualTo(403);

        var local = admin.postForm(
                "/admin/blocks/actor", form("_csrf", csrf(), "actor", server.url("/actors/blog"), "reason", ""));
        assertThat(local.status()).isEqualTo(422);

        assertThat(tables.count("select count(*) from moderation_block")).isEqualTo(before);
    }

    @Test
    @Order(7)
    void liftingTheBlocksLetsThemInAndShowsTheirComments() throws Exception {
        for (Element row : admin.get("/admin/blocks").html().select(".block-row")) {
            String action = row.selectFirst("form").attr("action");
            assertThat(admin.postForm(action, form("_csrf", csrf())).status()).isEqualTo(303);
        }
        assertThat(tables.count("select count(*) from moderation_block")).isZero();
        assertThat(status(spam.actorId("sam"))).isEqualTo("PUBLISHED");
        assertThat(status(spam.actorId("sue"))).isEqualTo("PUBLISHED");
        assertThat(status(good.actorId("troll"))).isEqualTo("PUBLISHED");
        assertThat(commenters())
                .containsExactlyInAnyOrder(
                        handle(spam, "sam"), handle(spam, "sue"), handle(good, "gil"), handle(good, "troll"));

        assertThat(spam.post(inbox, follow(spam, "sam", "3"), spam.mainKey("sam"))
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> followers(spam) == 1);
    }

    @Test
    @Order(8)
    void onlyAdminsSeeTheBlocksPage() {
        var anonymous = new WebClient(server).get("/admin/blocks");
        assertThat(anonymous.status()).isIn(303, 401, 403);
    }

    private static WebClient.Page blockDomain(String domain, String reason) {
        return admin.postForm("/admin/blocks/domain", form("_csrf", csrf(), "domain", domain, "reason", reason));
    }

    private static String csrf() {
        return admin.get("/admin/blocks").csrf();
    }

    private static String follow(SigningPeer peer, String name, String n) {
        ObjectNode f = JSON.createObjectNode();
        f.put("@context", "https://www.w3.org/ns/activitystreams");
        f.put("id", peer.actorId(name) + "/follows/" + n);
        f.put("type", "Follow");
        f.put("actor", peer.actorId(name));
        f.put("object", server.url("/actors/blog"));
        return f.toString();
    }

    /** A signed reply to the post, as Mastodon sends it. */
    private static void reply(SigningPeer peer, String name, String postId) {
        String actor = peer.actorId(name);
        ObjectNode note = JSON.createObjectNode();
        note.put("id", actor + "/statuses/" + IDS.incrementAndGet());
        note.put("type", "Note");
        note.put("attributedTo", actor);
        note.put("inReplyTo", server.url("/posts/" + postId));
        note.put("content", "<p>a word from " + name + "</p>");
        note.put("published", "2026-06-01T10:00:00Z");
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        note.putArray("cc").add(server.url("/actors/blog"));
        ObjectNode create = JSON.createObjectNode();
        create.put("@context", "https://www.w3.org/ns/activitystreams");
        create.put("id", note.path("id").asText() + "/activity");
        create.put("type", "Create");
        create.put("actor", actor);
        create.set("object", note);
        assertThat(peer.post(inbox, create.toString(), peer.mainKey(name)).statusCode())
                .isEqualTo(202);
    }

    /** The handles of the commenters shown on the first post's page. */
    private static java.util.List<String> commenters() {
        return new WebClient(server)
                .get("/posts/" + postA)
                .html()
                .select("#comments li.comment .comment-handle")
                .eachText();
    }

    private static String handle(SigningPeer peer, String name) {
        return "@" + name + "@" + peer.remote.authority();
    }

    private static void comment(String postId, String actor, String status) {
        long id = IDS.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        tables.update(
                "insert into post_comment (id, post_id, depth, uri, actor_uri, actor_host, content_html, status,"
                        + " published, received_at) values (?, ?, 0, ?, ?, ?, '<p>hi</p>', ?, ?, ?)",
                id,
                Long.parseLong(postId),
                actor + "/statuses/" + id,
                actor,
                URI.create(actor).getRawAuthority(),
                status,
                now,
                now);
    }

    private static String status(String actor) {
        return tables.text("select status from post_comment where actor_uri = ?", actor);
    }

    private static long followers(SigningPeer peer) {
        return tables.count("select count(*) from follower where remote_actor_uri like ?", peer.remote.origin() + "/%");
    }

    private static long deliveryRows(SigningPeer peer) {
        return tables.count("select count(*) from delivery where host = ?", peer.remote.authority());
    }

    private static long waitingFor(String inboxUrl) {
        return tables.count(
                "select count(*) from delivery where inbox_url = ? and state = 'PENDING' and attempts > 0", inboxUrl);
    }

    private static long posts(SigningPeer peer, String path) {
        return peer.remote.requests().stream()
                .filter(r -> r.method().equals("POST") && r.pathAndQuery().equals(path))
                .count();
    }

    private static long inboxPosts(SigningPeer peer) {
        return peer.remote.requests().stream()
                .filter(r -> r.method().equals("POST"))
                .count();
    }
}
