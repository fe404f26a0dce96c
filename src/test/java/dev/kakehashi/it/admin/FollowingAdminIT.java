package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.ServerSocket;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An author follows people on other servers from /admin/following, or is told why not. */
class FollowingAdminIT {
    static KakehashiServer server;
    static WebClient admin;
    static FakeRemote mastodon;
    static FakeRemote gotosocial;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Following IT", "yuki", "yuki-password-1");
        mastodon = FakeRemote.start();
        mastodon.serveFixture("mastodon.example/users/alice.json", "/users/alice");
        gotosocial = FakeRemote.start();
        gotosocial.serveFixture("gts.example/webfinger-dave.json", "/.well-known/webfinger", "application/jrd+json");
        gotosocial.serveFixture("gts.example/users/dave.json", "/users/dave");
    }

    @AfterAll
    static void stop() {
        mastodon.close();
        gotosocial.close();
        server.close();
    }

    WebClient.Page follow(String target) {
        return admin.postForm(
                "/admin/following", form("_csrf", admin.get("/admin/following").csrf(), "target", target));
    }

    Element row(String actor) {
        return admin.get("/admin/following").html().selectFirst(".following-row[data-actor=" + actor + "]");
    }

    @Test
    void followingByHandleShowsTheAccountAsWaitingForApproval() {
        var answer = follow("@dave@" + gotosocial.authority());

        assertThat(answer.status()).isEqualTo(303);
        Element row = row(gotosocial.origin() + "/users/dave");
        assertThat(row).isNotNull();
        assertThat(row.attr("data-state")).isEqualTo("PENDING");
        assertThat(row.text()).contains("@dave@" + gotosocial.authority()).contains("Waiting for approval");
        assertThat(admin.get(answer.header("Location")).html().select(".notice").text())
                .contains("Follow request sent");
    }

    @Test
    void followingByActorUrlThenUnfollowingRemovesTheAccount() {
        String alice = mastodon.origin() + "/users/alice";
        assertThat(follow(alice).status()).isEqualTo(303);
        assertThat(row(alice)).isNotNull();

        var again = follow(alice);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.html().select(".field-error").text()).contains("already follow");

        var page = admin.get("/admin/following");
        var gone = admin.postForm("/admin/following/unfollow", form("_csrf", page.csrf(), "actor", alice));
        assertThat(gone.status()).isEqualTo(303);
        assertThat(row(alice)).isNull();
    }

    @Test
    void somethingThatIsNotAHandleIsA422WithAnExplanation() {
        var answer = follow("dave at gts");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").text()).contains("is not a handle");
        assertThat(answer.html().select("#target").val()).isEqualTo("dave at gts");
    }

    @Test
    void anUnknownAccountIsA422() {
        var answer = follow(mastodon.origin() + "/users/nobody");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").text()).contains("No account");
    }

    @Test
    void anUnreachableServerIsA502NotA500() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        var answer = follow("@someone@127.0.0.1:" + closed);
        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.html().select(".error").text()).contains("did not answer");
    }

    @Test
    void anAuthorOfThisBlogCannotBeFollowedFromHere() {
        var answer = follow("@yuki@" + server.authority());
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").text()).contains("on this blog");
    }

    @Test
    void theFollowFormNeedsTheCsrfToken() {
        var refused = admin.postForm("/admin/following", form("target", "@dave@" + gotosocial.authority()));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void notifyMeOfNewPostsIsSwitchedPerFollowedAccountAndShown() {
        String alice = mastodon.origin() + "/users/alice";
        if (row(alice) == null) {
            assertThat(follow(alice).status()).isEqualTo(303);
        }
        assertThat(row(alice).attr("data-notify")).isEqualTo("false");
        assertThat(row(alice).select(".notify-form button").text()).isEqualTo("Notify me of new posts");

        var on = admin.postForm(
                "/admin/following/notify",
                form("_csrf", admin.get("/admin/following").csrf(), "actor", alice, "notify", "true"));
        assertThat(on.status()).isEqualTo(303);
        assertThat(row(alice).attr("data-notify")).isEqualTo("true");
        assertThat(row(alice).select(".notify-state").text()).isEqualTo("You are notified");
        assertThat(row(alice).select(".notify-form button").text()).isEqualTo("Stop notifying me");

        var off = admin.postForm(
                "/admin/following/notify",
                form("_csrf", admin.get("/admin/following").csrf(), "actor", alice, "notify", "false"));
        assertThat(off.status()).isEqualTo(303);
        assertThat(row(alice).attr("data-notify")).isEqualTo("false");
        // Leaves alice unfollowed, as the other tests expect to find her.
        admin.postForm(
                "/admin/following/unfollow",
                form("_csrf", admin.get("/admin/following").csrf(), "actor", alice));
    }

    @Test
    void notifyNeedsTheCsrfTokenAndAnAccountFollowed() {
        String alice = mastodon.origin() + "/users/alice";
        var refused = admin.postForm("/admin/following/notify", form("actor", alice, "notify", "true"));
        assertThat(refused.status()).isEqualTo(403);

        var stranger = admin.postForm(
                "/admin/following/notify",
                form(
                        "_csrf",
                        admin.get("/admin/following").csrf(),
                        "actor",
                        mastodon.origin() + "/users/bob",
                        "notify",
                        "true"));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.html().select(".error").text()).contains("do not follow");

        var garbled = admin.postForm(
                "/admin/following/notify",
                form("_csrf", admin.get("/admin/following").csrf(), "actor", alice, "notify", "maybe"));
        assertThat(garbled.status()).isEqualTo(422);
    }
}
