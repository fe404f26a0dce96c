package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An account the author follows in the reader moves (FEP-7628): with a backlink in the new
 * account's alsoKnownAs the author follows the new account and leaves the old one, as Mastodon
 * does; without it nothing changes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderMoveIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static SigningPeer old;
    static SigningPeer home;
    static String me;
    static String oldAlice;
    static String newAlice;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Reader Move IT", "rin", "rin-password-1");
        me = "account:" + tables.text("select id from account where username = ?", "rin");
        old = new SigningPeer();
        oldAlice = old.actor("alice");
        home = new SigningPeer();
        newAlice = home.actor("alice");

        var followed = admin.postForm(
                "/admin/following", form("_csrf", admin.get("/admin/following").csrf(), "target", oldAlice));
        assertThat(followed.status()).as(followed.body()).isEqualTo(303);
        assertThat(follows(oldAlice)).isEqualTo(1);
        Eventually.await(() -> inboxPosts(old) == 1); // our Follow
    }

    @AfterAll
    static void stop() {
        if (old != null) old.close();
        if (home != null) home.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void aMoveWhoseTargetDoesNotNameTheOldAccountChangesNothing() throws Exception {
        String move = move("1");

        assertThat(old.post(inbox(), move, old.keyOf(oldAlice)).statusCode()).isEqualTo(202);

        String id = JSON.readTree(move).path("id").asText();
        Eventually.await(() -> "REJECTED".equals(state(id)));
        assertThat(follows(oldAlice)).isEqualTo(1);
        assertThat(follows(newAlice)).isZero();
        assertThat(followingRows().select(".following-row[data-actor=" + oldAlice + "]"))
                .hasSize(1);
        assertThat(inboxPosts(home)).isZero();
    }

    @Test
    @Order(2)
    void aValidMoveFollowsTheNewAccountAndUnfollowsTheOldOne() {
        home.updateActor(newAlice, doc -> doc.putArray("alsoKnownAs").add(oldAlice));

        assertThat(old.post(inbox(), move("2"), old.keyOf(oldAlice)).statusCode())
                .isEqualTo(202);

        Eventually.await(() -> follows(newAlice) == 1);
        assertThat(follows(oldAlice)).isZero();
        var page = followingRows();
        assertThat(page.select(".following-row[data-actor=" + newAlice + "]")).hasSize(1);
        assertThat(page.select(".following-row[data-actor=" + oldAlice + "]")).isEmpty();
        // The new account gets our Follow, the old one our Undo.
        Eventually.await(() -> inboxPosts(home) == 1 && inboxPosts(old) == 2);
    }

    private static org.jsoup.nodes.Document followingRows() {
        return admin.get("/admin/following").html();
    }

    private static URI inbox() {
        return URI.create(server.url("/actors/" + me.substring("account:".length()) + "/inbox"));
    }

    private static long inboxPosts(SigningPeer peer) {
        return MovePeers.inboxPosts(peer, "alice");
    }

    private static String move(String n) {
        return MovePeers.move(oldAlice, newAlice, n);
    }

    private static long follows(String actor) {
        return tables.count("select count(*) from following where local_actor = ? and remote_actor_uri = ?", me, actor);
    }

    private static String state(String activityId) {
        return tables.text("select state from inbox_activity where activity_id = ?", activityId);
    }
}
