package dev.kakehashi.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With "approve followers manually" on, the blog actor says it is locked, a Follow waits in
 * /admin/followers, Approve makes it a follower and queues an Accept, Reject drops it and queues a
 * Reject. Authors do not see the blog's requests.
 */
class FollowersAdminIT {
    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static WebClient admin;
    static ApJsonClient ap;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Followers IT", "fay", "fay-password-1");
        ap = new ApJsonClient(server);
        peer = new SigningPeer();
        peer.actor("erin");
        peer.actor("finn");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @Test
    void requestsWaitForApprovalThenAreAcceptedOrRejected() throws Exception {
        WebClient.Page page = admin.get("/admin/followers");
        assertThat(page.status()).isEqualTo(200);
        assertThat(admin.postForm("/admin/followers/approval", WebClient.form("_csrf", page.csrf(), "manual", "on"))
                        .status())
                .isEqualTo(303);
        assertThat(ap.json("/actors/blog").path("manuallyApprovesFollowers").asBoolean())
                .isTrue();

        follow("erin");
        follow("finn");
        Eventually.await(() -> tables.count("select count(*) from follower where state = 'PENDING'") == 2);
        assertThat(followers()).isZero();
        assertThat(tables.count("select count(*) from outbox_activity")).isZero();

        page = admin.get("/admin/followers");
        var rows = page.html().select("tr.follower-row");
        assertThat(rows).hasSize(2);
        assertThat(rows.text()).contains("Waiting for approval");
        String erinRow = "tr.follower-row[data-actor=" + peer.actorId("erin") + "]";
        String approve = page.html().select(erinRow + " form[action$=/approve]").attr("action");
        assertThat(admin.postForm(approve, WebClient.form("_csrf", page.csrf())).status())
                .isEqualTo(303);
        assertThat(followers()).isEqualTo(1);
        assertThat(tables.count(
                        "select count(*) from outbox_activity where activity_type = 'Accept' and target_inbox = ?",
                        peer.actorId("erin") + "/inbox"))
                .isEqualTo(1);

        page = admin.get("/admin/followers");
        String finnRow = "tr.follower-row[data-actor=" + peer.actorId("finn") + "]";
        String reject = page.html().select(finnRow + " form[action$=/reject]").attr("action");
        assertThat(admin.postForm(reject, WebClient.form("_csrf", page.csrf())).status())
                .isEqualTo(303);
        assertThat(tables.count("select count(*) from follower where remote_actor_uri = ?", peer.actorId("finn")))
                .isZero();
        assertThat(tables.count(
                        "select count(*) from outbox_activity where activity_type = 'Reject' and target_inbox = ?",
                        peer.actorId("finn") + "/inbox"))
                .isEqualTo(1);
        assertThat(followers()).isEqualTo(1);

        // Another author cannot see or approve the blog's followers.
        page = admin.get("/admin/authors");
        admin.postForm(
                "/admin/authors",
                WebClient.form(
                        "_csrf", page.csrf(),
                        "username", "gus",
                        "email", "gus@example.com",
                        "displayName", "Gus",
                        "password", "gus-password-1",
                        "role", "author"));
        WebClient gus = new WebClient(server).logIn("gus", "gus-password-1");
        WebClient.Page gusPage = gus.get("/admin/followers");
        assertThat(gusPage.html().select("tr.follower-row")).isEmpty();
        assertThat(gus.postForm(reject.replace("/reject", "/approve"), WebClient.form("_csrf", gusPage.csrf()))
                        .status())
                .isEqualTo(404);
    }

    private static void follow(String name) {
        assertThat(peer.follow(name, server.url("/actors/blog")).statusCode()).isEqualTo(202);
    }

    private static long followers() {
        return ap.json("/actors/blog/followers").path("totalItems").asLong(-1);
    }
}
