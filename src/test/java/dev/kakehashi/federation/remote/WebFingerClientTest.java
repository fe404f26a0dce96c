package dev.kakehashi.federation.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebFingerClientTest {
    FakeRemote remote;
    WebFingerClient webFinger;

    @BeforeEach
    void start() {
        remote = FakeRemote.start();
        // Plain http to the fake remote needs private networks allowed, as in the integration tests.
        SsrfGuard guard = new SsrfGuard(true, Set.of(), InetAddress::getAllByName);
        webFinger = new WebFingerClient(new RemoteFetcher(
                guard,
                new RecordingSigner(),
                () -> null,
                "https://blog.example",
                new RemoteFetcher.Limits(1024 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(2))));
    }

    @AfterEach
    void stop() {
        remote.close();
    }

    @Test
    void parsesHandlesWithAndWithoutTheLeadingAt() {
        assertThat(WebFingerClient.parseHandle("@reader@Mastodon.Example"))
                .contains(new WebFingerClient.Handle("reader", "mastodon.example"));
        assertThat(WebFingerClient.parseHandle(" reader@their.server "))
                .contains(new WebFingerClient.Handle("reader", "their.server"));
        assertThat(WebFingerClient.parseHandle("reader@127.0.0.1:8080"))
                .contains(new WebFingerClient.Handle("reader", "127.0.0.1:8080"));
        for (String bad :
                new String[] {"", "reader", "@reader", "a@b@c", "reader@", "reader@host/path", "re der@x.y"}) {
            assertThat(WebFingerClient.parseHandle(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void looksUpTheActorAndSubscribeTemplateUnsigned() {
        remote.serveFixture(
                "mastodon.example/webfinger-reader.json",
                "/.well-known/webfinger",
                "application/jrd+json; charset=utf-8");

        WebFingerResult jrd = webFinger.lookup(new WebFingerClient.Handle("reader", remote.authority()));

        assertThat(jrd.actor()).contains(remote.uri("/users/reader"));
        assertThat(jrd.subscribeTemplate()).contains(remote.origin() + "/authorize_interaction?uri={uri}");
        var request = remote.requests().get(0);
        assertThat(request.pathAndQuery())
                .isEqualTo("/.well-known/webfinger?resource=acct:reader@" + remote.authority());
        assertThat(request.header("Signature")).isNull();
    }

    @Test
    void followLinksFillTheSubscribeTemplateWithTheEncodedTarget() {
        remote.serveFixture("mastodon.example/webfinger-reader.json", "/.well-known/webfinger", "application/jrd+json");

        String page = new WebFingerFollowLinks(webFinger)
                .followPageFor("@reader@" + remote.authority(), "https://blog.example/@alice");

        assertThat(page)
                .isEqualTo(remote.origin() + "/authorize_interaction?uri=https%3A%2F%2Fblog.example%2F%40alice");
    }

    @Test
    void followLinksExplainAServerWithoutSubscribeTemplate() {
        remote.serveFixture("gts.example/webfinger-dave.json", "/.well-known/webfinger", "application/jrd+json");

        assertThatThrownBy(() -> new WebFingerFollowLinks(webFinger)
                        .followPageFor("dave@" + remote.authority(), "https://blog.example/"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("no remote-follow page");
    }

    @Test
    void followLinksRefuseATemplateThatIsNotAWebPage() {
        remote.serve(
                "/.well-known/webfinger",
                200,
                "application/jrd+json",
                "{\"subject\":\"acct:x@h\",\"links\":[{\"rel\":\"http://ostatus.org/schema/1.0/subscribe\","
                        + "\"template\":\"javascript:alert('{uri}')\"}]}");

        assertThatThrownBy(() -> new WebFingerFollowLinks(webFinger)
                        .followPageFor("x@" + remote.authority(), "https://blog.example/"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void followLinksTellAnUnknownUserFromAnUnreachableServer() {
        var links = new WebFingerFollowLinks(webFinger);
        assertThatThrownBy(() -> links.followPageFor("nobody@" + remote.authority(), "https://blog.example/"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(422));
        remote.serve("/.well-known/webfinger", 503, "text/plain", "down");
        assertThatThrownBy(() -> links.followPageFor("nobody@" + remote.authority(), "https://blog.example/"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThatThrownBy(() -> links.followPageFor("not a handle", "https://blog.example/"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("handle"));
    }

    @Test
    void refusesAnHtmlAnswer() {
        remote.serve("/.well-known/webfinger", 200, "text/html", "<html></html>");
        assertThatThrownBy(() -> webFinger.lookup(new WebFingerClient.Handle("x", remote.authority())))
                .isInstanceOfSatisfying(RemoteFetchException.class, e -> assertThat(e.reason())
                        .isEqualTo(RemoteFetchException.Reason.WRONG_CONTENT_TYPE));
    }
}
