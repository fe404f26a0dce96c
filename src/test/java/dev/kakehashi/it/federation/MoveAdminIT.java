package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Moving accounts from /admin/move, with Fedify as the other side. In: a follower of a stand-in old
 * (WordPress) actor gets its Move and, as Mastodon does, follows the author here, which the page
 * shows. Out: the author moves to the Fedify account, which must name the author in alsoKnownAs;
 * the followers get Move, the actor and the author's page point to the new account until the
 * author stays after all (the Mastodon API's {@code moved} likewise); a second move within 30 days
 * is refused. The blog actor moves out the same way, to the blog's followers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MoveAdminIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    static FedifyPeer peer;
    static SigningPeer wordpress;
    static KakehashiServer server;
    static WebClient admin;
    static ApJsonClient ap;
    static String oldActor;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        wordpress = new SigningPeer();
        oldActor = MovePeers.findable(wordpress, "ana");
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Move Admin IT", "ana", "ana-password-1");
        ap = new ApJsonClient(server);
        authorActor = admin.get("/admin/move").html().selectFirst("#actor-url").text();
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (wordpress != null) wordpress.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void aFollowerOfTheOldActorFollowsTheAuthorAfterItsMoveAndThePageShowsIt() {
        Document page = admin.get("/admin/move").html();
        assertThat(page.selectFirst("#wp-command").text()).endsWith(" " + authorActor);
        assertThat(page.selectFirst("#no-aliases")).isNotNull();
        assertThat(page.selectFirst("#follower-count").text()).startsWith("0 ");
        // Typed as a handle: the stand-in serves http, which only a resolved handle may name.
        var saved = admin.postForm(
                "/admin/profile/aliases",
                form(
                        "_csrf",
                        admin.get("/admin/profile").csrf(),
                        "alsoKnownAs",
                        "@ana@" + wordpress.remote.authority()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(admin.get("/admin/move").html().select("#aliases-now li").text())
                .isEqualTo(oldActor);
        peer.follow(oldActor);

        var sent = wordpress.post(
                URI.create(peer.actorUrl() + "/inbox"),
                MovePeers.move(oldActor, authorActor, "1"),
                wordpress.keyOf(oldActor));

        assertThat(sent.statusCode()).as(sent.body()).isBetween(200, 202);
        Eventually.await(() -> admin.get("/admin/move")
                        .html()
                        .selectFirst("#latest-followers .follower[data-actor=" + peer.actorUrl() + "]")
                != null);
        assertThat(admin.get("/admin/move")
                        .html()
                        .selectFirst("#follower-count")
                        .text())
                .startsWith("1 ");
    }

    @Test
    @Order(2)
    void movingToAnAccountThatDoesNotNameThisOneIsRefusedAndChangesNothing() {
        var refused = moveOut("@" + peer.acct());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#move-out .field-error").text())
                .contains("alsoKnownAs")
                .contains(authorActor);
        assertThat(refused.html().selectFirst("input[name=target]").val()).isEqualTo("@" + peer.acct());
        assertThat(ap.json(authorActor).has("movedTo")).isFalse();
        assertThat(peer.received()).noneMatch(MoveAdminIT::moveFromTheAuthor);
    }

    @Test
    @Order(3)
    void movingToAnAccountThatNamesThisOneSendsMoveToTheFollowersAndPointsThere() throws Exception {
        peer.aliases(authorActor);

        var moved = moveOut("@" + peer.acct());

        assertThat(moved.status()).as(moved.body()).isEqualTo(303);
        JsonNode move = peer.awaitReceived(MoveAdminIT::moveFromTheAuthor, WAIT).path("activity");
        assertThat(move.path("actor").asText()).isEqualTo(authorActor);
        assertThat(move.path("object").asText()).isEqualTo(authorActor);
        assertThat(move.path("target").asText()).isEqualTo(peer.actorUrl());
        assertThat(ap.json(authorActor).path("movedTo").asText()).isEqualTo(peer.actorUrl());
        var authorPage = admin.get("/@ana").html();
        assertThat(authorPage.selectFirst(".moved-to a").attr("href")).isEqualTo(peer.actorUrl());
        assertThat(admin.get("/admin/move").html().selectFirst("#moved-now").text())
                .contains("@peer@");
        JsonNode account = ownAccount();
        assertThat(account.path("moved").path("uri").asText()).isEqualTo(peer.actorUrl());
        assertThat(account.path("moved").path("acct").asText()).startsWith("peer@");
    }

    @Test
    @Order(4)
    void stayingAfterAllRemovesMovedTo() {
        var stayed = admin.postForm(
                "/admin/move/stay", form("_csrf", admin.get("/admin/move").csrf()));

        assertThat(stayed.status()).isEqualTo(303);
        assertThat(ap.json(authorActor).has("movedTo")).isFalse();
        assertThat(admin.get("/@ana").html().selectFirst(".moved-to")).isNull();
        assertThat(admin.get("/admin/move").html().selectFirst("#move-out-form"))
                .isNotNull();
        assertThat(ownAccount().has("moved")).isFalse();
    }

    @Test
    @Order(5)
    void movingAgainWithinThirtyDaysIsRefusedWithTheDayItIsAllowed() {
        var refused = moveOut("@" + peer.acct());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#move-out .field-error").text())
                .startsWith("This account moved on ")
                .contains("it can move again from ")
                .contains("30 days after a move");
        assertThat(ap.json(authorActor).has("movedTo")).isFalse();
    }

    @Test
    @Order(6)
    void theBlogMovesOnlyToAnAccountThatNamesItAndItsFollowersGetTheMove() {
        String blogActor =
                admin.get("/admin/move").html().selectFirst("#blog-actor-url").text();
        peer.follow(blogActor);
        Eventually.await(() -> ap.json("/actors/blog/followers?page=1")
                .path("orderedItems")
                .toString()
                .contains(peer.actorUrl()));

        var refused = moveBlogOut("@" + peer.acct());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#move-blog .field-error").text()).contains(blogActor);
        assertThat(ap.json(blogActor).has("movedTo")).isFalse();

        peer.aliases(authorActor, blogActor);
        var moved = moveBlogOut("@" + peer.acct());

        assertThat(moved.status()).as(moved.body()).isEqualTo(303);
        JsonNode move = peer.awaitReceived(
                        r -> r.path("type").asText().equals("Move")
                                && r.path("actor").asText().equals(blogActor),
                        WAIT)
                .path("activity");
        assertThat(move.path("object").asText()).isEqualTo(blogActor);
        assertThat(move.path("target").asText()).isEqualTo(peer.actorUrl());
        assertThat(ap.json(blogActor).path("movedTo").asText()).isEqualTo(peer.actorUrl());
        assertThat(admin.get("/").html().selectFirst(".blog-moved-to a").attr("href"))
                .isEqualTo(peer.actorUrl());
        assertThat(ap.json(authorActor).has("movedTo")).isFalse();
    }

    @Test
    @Order(7)
    void theBlogStaysAfterAllAndCannotMoveAgainForThirtyDays() {
        var stayed = admin.postForm(
                "/admin/move/blog/stay", form("_csrf", admin.get("/admin/move").csrf()));
        assertThat(stayed.status()).isEqualTo(303);
        assertThat(ap.json("/actors/blog").has("movedTo")).isFalse();
        assertThat(admin.get("/").html().selectFirst(".blog-moved-to")).isNull();

        var refused = moveBlogOut("@" + peer.acct());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#move-blog .field-error").text()).startsWith("This account moved on ");
        assertThat(ap.json("/actors/blog").has("movedTo")).isFalse();
    }

    /** The author's account as a Mastodon app sees it. */
    private static JsonNode ownAccount() {
        var api = new MastodonApi(server);
        var app = api.register("Move app", "read", "urn:ietf:wg:oauth:2.0:oob");
        String token = api.passwordToken(app, "ana", "ana-password-1", "read");
        var answer = api.get("/api/v1/accounts/verify_credentials", token);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static boolean moveFromTheAuthor(JsonNode received) {
        return received.path("type").asText().equals("Move")
                && received.path("actor").asText().equals(authorActor);
    }

    private static WebClient.Page moveBlogOut(String target) {
        return admin.postForm(
                "/admin/move/blog/out", form("_csrf", admin.get("/admin/move").csrf(), "target", target));
    }

    private static WebClient.Page moveOut(String target) {
        return admin.postForm(
                "/admin/move/out", form("_csrf", admin.get("/admin/move").csrf(), "target", target));
    }
}
