package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Follow button sends a reader to their own server's follow page, found through WebFinger. */
class FollowIT {
    static KakehashiServer server;
    static WebClient reader;
    static FakeRemote mastodon;
    static FakeRemote gotosocial;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        new WebClient(server).setUpAndLogIn("Follow IT", "aiko", "aiko-password-1");
        reader = new WebClient(server);
        mastodon = FakeRemote.start();
        mastodon.serveFixture(
                "mastodon.example/webfinger-reader.json",
                "/.well-known/webfinger",
                "application/jrd+json; charset=utf-8");
        gotosocial = FakeRemote.start();
        gotosocial.serveFixture("gts.example/webfinger-dave.json", "/.well-known/webfinger", "application/jrd+json");
    }

    @AfterAll
    static void stop() {
        mastodon.close();
        gotosocial.close();
        server.close();
    }

    static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theAuthorPageFollowFormLeadsToTheReadersServer() {
        Element formEl = reader.get("/@aiko").html().selectFirst("main form.follow-form");
        assertThat(formEl).isNotNull();
        assertThat(formEl.attr("action")).isEqualTo("/follow");
        assertThat(formEl.selectFirst("input[name=author]").val()).isEqualTo("aiko");

        var answer = reader.postForm("/follow", form("handle", "@reader@" + mastodon.authority(), "author", "aiko"));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location"))
                .isEqualTo(mastodon.origin() + "/authorize_interaction?uri=" + encoded(server.url("/@aiko")));
        assertThat(mastodon.requests().get(mastodon.requests().size() - 1).pathAndQuery())
                .isEqualTo("/.well-known/webfinger?resource=acct:reader@" + mastodon.authority());
    }

    @Test
    void theBlogHeaderFollowFormFollowsTheWholeBlog() {
        Document home = reader.get("/").html();
        assertThat(home.select("header form.follow-form input[name=handle]")).hasSize(1);
        assertThat(home.select("header form.follow-form input[name=author]")).isEmpty();

        var answer = reader.postForm("/follow", form("handle", "reader@" + mastodon.authority()));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location"))
                .isEqualTo(mastodon.origin() + "/authorize_interaction?uri=" + encoded(server.url("/")));
    }

    @Test
    void aMalformedHandleShowsTheFormAgainWithWhatToType() {
        var answer = reader.postForm("/follow", form("handle", "just-a-name", "author", "aiko"));

        assertThat(answer.status()).isEqualTo(422);
        Document page = answer.html();
        assertThat(page.selectFirst(".follow-error").text()).contains("@you@your.server");
        assertThat(page.selectFirst("main input[name=handle]").val()).isEqualTo("just-a-name");
        assertThat(page.selectFirst("main input[name=author]").val()).isEqualTo("aiko");
    }

    @Test
    void aServerWithoutFollowPageIsExplained() {
        var answer = reader.postForm("/follow", form("handle", "dave@" + gotosocial.authority()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().selectFirst(".follow-error").text())
                .contains("no remote-follow page")
                .contains(server.url("/"));
    }

    @Test
    void anUnreachableServerIsABadGatewayNotACrash() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var answer = reader.postForm("/follow", form("handle", "someone@127.0.0.1:" + closed));

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.html().selectFirst(".follow-error").text()).contains("could not be reached");
    }

    @Test
    void followingAnUnknownAuthorIsNotFound() {
        assertThat(reader.postForm("/follow", form("handle", "reader@" + mastodon.authority(), "author", "nobody"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theFollowFormCanBeOpenedOnItsOwn() {
        var page = reader.get("/follow?author=aiko");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("h1").text()).contains("Follow");
    }
}
