package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Reports (Flag) and blocks by remote users (Block) as Mastodon, Misskey, Pleroma and GoToSocial
 * send them reach the admin's reports page; a Block stops deliveries to the blocker until its Undo.
 * One peer serves every sender, at the paths each software uses (Mastodon's instance actor at
 * {@code /actor}, Pleroma's at {@code /internal/fetch}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static SigningPeer peer;
    static URI inbox;
    static String alice;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Reports IT", "rei", "rei-password-1");
        inbox = URI.create(server.url("/inbox"));
        peer = new SigningPeer();
        peer.actorAt("/actor", "mastodon.example");
        alice = peer.actorAt("/users/alice", "alice");
        peer.actorAt("/users/9f3k2l1m00", "instance.actor");
        peer.actorAt("/internal/fetch", "internal.fetch");
        peer.actorAt("/users/dave", "dave");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void flagsFromMastodonMisskeyAndPleromaAppearOnTheReportsPage() throws Exception {
        for (String host : new String[] {"mastodon.example", "misskey.example", "pleroma.example"}) {
            var answer = peer.postFixture(inbox, host + "/activities/flag.json", server.baseUrl());
            assertThat(answer.statusCode()).as(host + ": " + answer.body()).isEqualTo(202);
        }
        Eventually.await(() -> tables.count("select count(*) from moderation_report where kind = 'FLAG'") == 3);

        Document page = admin.get("/admin/reports").html();
        var flags = page.select("article.report[data-kind=flag][data-state=open]");
        assertThat(flags).hasSize(3);
        assertThat(flags.select("[data-actor=" + peer.remote.origin() + "/actor]"))
                .hasSize(1);
        assertThat(page.select(".report-comment").eachText())
                .contains("This blog posts the same advertising link in every article.", "harassment in the comments");
        assertThat(page.select(".report-objects a").eachAttr("href"))
                .contains(server.url("/actors/blog"), server.url("/posts/7300000000000000003"));
    }

    @Test
    @Order(2)
    void aFlagNamingNothingHereIsRejectedAndNotShown() throws Exception {
        ObjectNode flag = JSON.createObjectNode();
        flag.put("id", peer.remote.origin() + "/flags/elsewhere");
        flag.put("type", "Flag");
        flag.put("actor", peer.remote.origin() + "/actor");
        flag.putArray("object").add("https://other.example/users/x");
        flag.put("content", "not about you");

        assertThat(peer.post(inbox, flag.toString(), peer.keyOf(peer.remote.origin() + "/actor"))
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> "REJECTED"
                .equals(tables.text(
                        "select state from inbox_activity where activity_id = ?",
                        flag.path("id").asText())));
        assertThat(tables.count("select count(*) from moderation_report")).isEqualTo(3);
    }

    @Test
    @Order(3)
    void aBlockFromMastodonRemovesTheFollowerAndStopsDeliveryUntilItIsUndone() throws Exception {
        assertThat(peer.post(inbox, follow("1"), peer.keyOf(alice)).statusCode())
                .isEqualTo(202);
        Eventually.await(() -> postsToAlice() == 1); // the Accept
        assertThat(followers()).isEqualTo(1);

        assertThat(peer.postFixture(inbox, "mastodon.example/activities/block.json", server.baseUrl())
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> tables.count("select count(*) from moderation_report where kind = 'BLOCK'") == 1);
        assertThat(followers()).isZero();
        Element shown = admin.get("/admin/reports").html().selectFirst("article.report[data-kind=block]");
        assertThat(shown.attr("data-actor")).isEqualTo(alice);
        assertThat(shown.attr("data-state")).isEqualTo("open");

        // While she blocks the blog, even the Accept of a new Follow is not sent to her.
        assertThat(peer.post(inbox, follow("2"), peer.keyOf(alice)).statusCode())
                .isEqualTo(202);
        Eventually.await(() -> tables.count(
                        "select count(*) from outbox_activity where activity_type = 'Accept' and fanned_out_at is not null")
                == 2);
        server.runDueJobs();
        assertThat(postsToAlice()).isEqualTo(1);

        assertThat(peer.postFixture(inbox, "mastodon.example/activities/undo-block.json", server.baseUrl())
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> "resolved"
                .equals(admin.get("/admin/reports")
                        .html()
                        .selectFirst("article.report[data-kind=block]")
                        .attr("data-state")));
        assertThat(peer.post(inbox, follow("3"), peer.keyOf(alice)).statusCode())
                .isEqualTo(202);
        Eventually.await(() -> postsToAlice() == 2);
    }

    @Test
    @Order(4)
    void aBlockFromGoToSocialIsRecorded() throws Exception {
        assertThat(peer.postFixture(inbox, "gts.example/activities/block.json", server.baseUrl())
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> admin.get("/admin/reports")
                        .html()
                        .select("article.report[data-kind=block][data-actor=" + peer.remote.origin() + "/users/dave]")
                        .size()
                == 1);
    }

    @Test
    @Order(5)
    void anAdminResolvesAReport() {
        Document page = admin.get("/admin/reports").html();
        Element open = page.selectFirst("article.report[data-kind=flag][data-state=open]");
        String action = open.selectFirst("form").attr("action");

        var resolved = admin.postForm(
                action, form("_csrf", page.selectFirst("input[name=_csrf]").val()));

        assertThat(resolved.status()).isEqualTo(303);
        assertThat(admin.get("/admin/reports").html().select("article.report[data-kind=flag][data-state=open]"))
                .hasSize(2);
        assertThat(admin.postForm(
                                "/admin/reports/999/resolve",
                                form(
                                        "_csrf",
                                        page.selectFirst("input[name=_csrf]").val()))
                        .status())
                .isEqualTo(404);
    }

    private static String follow(String n) {
        ObjectNode f = JSON.createObjectNode();
        f.put("@context", "https://www.w3.org/ns/activitystreams");
        f.put("id", alice + "/follows/" + n);
        f.put("type", "Follow");
        f.put("actor", alice);
        f.put("object", server.url("/actors/blog"));
        return f.toString();
    }

    private static long followers() {
        return tables.count("select count(*) from follower where remote_actor_uri = ?", alice);
    }

    private static long postsToAlice() {
        return peer.remote.requests().stream()
                .filter(r -> r.method().equals("POST") && r.pathAndQuery().equals("/users/alice/inbox"))
                .count();
    }
}
