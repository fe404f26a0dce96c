package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A remote server POSTs signed activities to the blog actor's inbox: bad requests are answered with
 * the right status and leave nothing stored; Follow, Undo and Delete change the followers a peer sees.
 */
class InboxIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static ApJsonClient ap;
    static String blog;
    static URI inbox;
    static String article;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        new WebClient(server)
                .setUpAndLogIn("Inbox IT", "ina", "ina-password-1")
                .compose("article", "publish", "title", "Liked", "body", "Liked and boosted.");
        article = server.url("/articles/liked");
        ap = new ApJsonClient(server);
        blog = server.url("/actors/blog");
        inbox = URI.create(server.url("/actors/blog/inbox"));
        peer = new SigningPeer();
        for (String name : new String[] {"alice", "bob", "carol", "dave", "erin", "gina", "hank"}) {
            peer.actor(name);
        }
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @Test
    void badRequestsAreRefusedWithTheirStatusAndNothingIsStored() throws Exception {
        String follow = follow("alice", "bad-1");
        long before = count("select count(*) from inbox_activity");

        var otherKey = new dev.kakehashi.federation.signature.SigningKey(
                peer.actorId("alice") + "#main-key", SigningPeer.newKeyPair().getPrivate());
        assertRefused(peer.post(inbox, follow, otherKey), 401, "bad signature");
        assertRefused(
                peer.post(inbox, follow, peer.key(peer.actorId("alice") + "#other-key", "alice")), 401, "unknown key");
        Clock stale = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        assertRefused(peer.post(inbox, follow, follow, peer.mainKey("alice"), stale), 401, "date out of window");
        assertRefused(
                peer.post(inbox, follow, follow.replace("bad-1", "bad-2"), peer.mainKey("alice"), Clock.systemUTC()),
                401,
                "digest mismatch");
        assertRefused(peer.post(inbox, follow, peer.mainKey("bob")), 401, "the signer is not the activity's actor");
        String huge = follow.replace("\"type\"", "\"pad\":\"" + "x".repeat(1024 * 1024) + "\",\"type\"");
        assertRefused(peer.post(inbox, huge, peer.mainKey("alice")), 413, "larger than 1 MiB");
        assertRefused(peer.post(inbox, "{\"type\":\"Follow\",", peer.mainKey("alice")), 400, "not valid JSON");

        ObjectNode longType = activity("alice", "bad-3", "X".repeat(60));
        assertRefused(peer.post(inbox, longType.toString(), peer.mainKey("alice")), 400, "too long");

        assertThat(count("select count(*) from inbox_activity")).isEqualTo(before);
        assertThat(followers()).isZero();
    }

    @Test
    void unknownTypesAreAcknowledgedAndIgnored() throws Exception {
        ObjectNode wave = activity("dave", "wave-1", "Wave");
        wave.put("object", blog);
        assertThat(peer.post(inbox, wave.toString(), peer.mainKey("dave")).statusCode())
                .isEqualTo(202);
        String id = wave.path("id").asText();
        await(() -> "IGNORED".equals(state(id)));
    }

    @Test
    void anActivityMissingWhatItNeedsIsRejectedWithTheReason() throws Exception {
        ObjectNode move = activity("dave", "nowhere", "Move");
        move.put("object", peer.actorId("dave"));
        ObjectNode undo = activity("dave", "nothing", "Undo");
        undo.put("object", 42);
        for (ObjectNode malformed : List.of(move, undo)) {
            assertThat(peer.post(inbox, malformed.toString(), peer.mainKey("dave"))
                            .statusCode())
                    .isEqualTo(202);
        }
        await(() -> "REJECTED".equals(state(move.path("id").asText())));
        await(() -> "REJECTED".equals(state(undo.path("id").asText())));
        assertThat(lastError(move.path("id").asText())).isEqualTo("the Move names no new account");
        assertThat(lastError(undo.path("id").asText())).isEqualTo("the Undo names nothing");
    }

    @Test
    void aFollowOfNobodyIsRejectedAndAFailingHandlerEndsFailedAfterRetries() throws Exception {
        ObjectNode follow = activity("erin", "nobody", "Follow");
        follow.put("object", server.url("/actors/999999"));
        assertThat(peer.post(inbox, follow.toString(), peer.mainKey("erin")).statusCode())
                .isEqualTo(202);
        await(() -> "REJECTED".equals(state(follow.path("id").asText())));

        // erin's key is cached now; her server starts failing, so refetching her profile fails.
        peer.remote.serve("/users/erin", 500, "text/plain", "down");
        ObjectNode update = activity("erin", "profile-1", "Update");
        update.set("object", JSON.readTree("{\"id\":\"" + peer.actorId("erin") + "\",\"type\":\"Person\"}"));
        assertThat(peer.post(inbox, update.toString(), peer.mainKey("erin")).statusCode())
                .isEqualTo(202);
        String id = update.path("id").asText();
        await(() -> "FAILED".equals(state(id)));
        assertThat(tables.count("select attempts from inbox_activity where activity_id = ?", id))
                .isEqualTo(3);
    }

    @Test
    void followIsAcceptedProcessedOnceAndUndone() throws Exception {
        String follow = follow("bob", "follow-1");
        SigningPeer.Answer first = peer.post(inbox, follow, peer.mainKey("bob"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(peer.post(inbox, follow, peer.mainKey("bob")).statusCode()).isEqualTo(202);
        await(() -> followers() == 1);
        String followId = peer.actorId("bob") + "/follows/follow-1";
        await(() -> "PROCESSED".equals(state(followId)));
        // Delivering it is the outbox's job; the Accept is queued to bob's inbox, once.
        assertThat(count("select count(*) from outbox_activity where activity_type = 'Accept' and object_uri = '"
                        + followId + "' and target_inbox = '" + peer.actorId("bob") + "/inbox'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from inbox_activity where activity_id = '" + followId + "'"))
                .isEqualTo(1);

        ObjectNode undo = activity("bob", "undo-1", "Undo");
        undo.set("object", JSON.readTree(follow));
        ((ObjectNode) undo.get("object")).remove("@context");
        assertThat(peer.post(inbox, undo.toString(), peer.mainKey("bob")).statusCode())
                .isEqualTo(202);
        await(() -> followers() == 0);
    }

    @Test
    void deleteOfTheActorRemovesItsFollow() throws Exception {
        assertThat(peer.post(inbox, follow("carol", "follow-c"), peer.mainKey("carol"))
                        .statusCode())
                .isEqualTo(202);
        await(() ->
                count("select count(*) from follower where remote_actor_uri = '" + peer.actorId("carol") + "'") == 1);
        ObjectNode delete = activity("carol", "delete-c", "Delete");
        delete.put("object", peer.actorId("carol"));
        assertThat(peer.post(inbox, delete.toString(), peer.mainKey("carol")).statusCode())
                .isEqualTo(202);
        await(() ->
                count("select count(*) from follower where remote_actor_uri = '" + peer.actorId("carol") + "'") == 0);
        assertThat(count("select count(*) from remote_actor where gone_at is not null and uri = '"
                        + peer.actorId("carol") + "'"))
                .isEqualTo(1);
    }

    @Test
    void anActivityWhoseIdIsOnAnotherServerThanItsActorIsRefusedUnstored() throws Exception {
        long before = count("select count(*) from inbox_activity");
        ObjectNode follow = activity("alice", "elsewhere-1", "Follow");
        follow.put("id", "https://elsewhere.example/follows/elsewhere-1");
        follow.put("object", blog);
        assertRefused(peer.post(inbox, follow.toString(), peer.mainKey("alice")), 400, "not on its actor's server");
        assertThat(count("select count(*) from inbox_activity")).isEqualTo(before);
    }

    @Test
    void aCreateWhoseObjectHasNoTypeIsAcknowledgedNotAnsweredWithA5xx() throws Exception {
        ObjectNode create = activity("alice", "typeless-1", "Create");
        create.putObject("object")
                .put("id", peer.actorId("alice") + "/notes/typeless-1")
                .put("attributedTo", peer.actorId("alice"))
                .put("content", "<p>no type</p>");
        var answer = peer.post(inbox, create.toString(), peer.mainKey("alice"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    @Test
    void rowsWaitingTogetherGetTheOutcomeEachWouldHaveAlone() throws Exception {
        // Stored in one statement (as the 202 path would have, signature checked), so that the
        // dispatcher claims them together: one actor's rows share a lane, and a lane's rows one
        // transaction, unless one of them cannot be handled so.
        String gina = peer.actorId("gina");
        String hank = peer.actorId("hank");
        String missing = server.url("/posts/999999");
        tables.update("insert into inbox_activity (id, activity_id, activity_type, actor_uri, signer_uri, body,"
                + " state, attempts, received_at) values "
                + String.join(",", waiting(1, gina, "Like", article), waiting(2, gina, "Announce", article))
                + "," + String.join(",", waiting(3, hank, "Like", article), waiting(4, hank, "Like", missing))
                + "," + String.join(",", waiting(5, hank, "Announce", article), waiting(6, hank, "Wave", article)));
        server.runDueJobs();

        assertThat(state(gina + "/g/1")).isEqualTo("PROCESSED");
        assertThat(state(gina + "/g/2")).isEqualTo("PROCESSED");
        assertThat(state(hank + "/g/3")).isEqualTo("PROCESSED");
        assertThat(state(hank + "/g/4")).isEqualTo("REJECTED");
        assertThat(state(hank + "/g/5")).isEqualTo("PROCESSED");
        assertThat(state(hank + "/g/6")).isEqualTo("IGNORED");
        // Each kept reaction once, and its author told once, though hank's group was rolled back.
        for (String actor : new String[] {gina, hank}) {
            assertThat(count("select count(*) from reaction where actor_uri = '" + actor + "'"))
                    .isEqualTo(2);
            assertThat(count("select count(*) from notification where actor_uri = '" + actor + "'"))
                    .isEqualTo(2);
        }
    }

    /** The values of a stored, not yet handled activity of {@code actor} for the insert above. */
    private static String waiting(int n, String actor, String type, String object) {
        ObjectNode a = JSON.createObjectNode();
        a.put("id", actor + "/g/" + n);
        a.put("type", type);
        a.put("actor", actor);
        a.put("object", object);
        return "(" + (9_000_000 + n) + ", '" + actor + "/g/" + n + "', '" + type + "', '" + actor + "', '" + actor
                + "', '" + a.toString().replace("'", "''") + "', 'RECEIVED', 0, current_timestamp)";
    }

    private static void assertRefused(SigningPeer.Answer answer, int status, String reason) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(reason);
    }

    private static ObjectNode activity(String actor, String slug, String type) {
        ObjectNode a = JSON.createObjectNode();
        a.put("@context", "https://www.w3.org/ns/activitystreams");
        a.put("id", peer.actorId(actor) + "/" + type.toLowerCase() + "s/" + slug);
        a.put("type", type);
        a.put("actor", peer.actorId(actor));
        return a;
    }

    private static String follow(String actor, String slug) {
        ObjectNode f = activity(actor, slug, "Follow");
        f.put("object", blog);
        return f.toString();
    }

    private static long followers() {
        return ap.json("/actors/blog/followers").path("totalItems").asLong(-1);
    }

    private static long count(String sql) {
        return tables.count(sql);
    }

    private static String state(String activityId) {
        return tables.text("select state from inbox_activity where activity_id = ?", activityId);
    }

    private static String lastError(String activityId) {
        return tables.text("select last_error from inbox_activity where activity_id = ?", activityId);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Eventually.await(condition);
    }
}
