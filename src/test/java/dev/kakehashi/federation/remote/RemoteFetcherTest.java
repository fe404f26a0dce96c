package dev.kakehashi.federation.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import dev.kakehashi.federation.signature.SigningKey;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteFetcherTest {
    static final long MIB = 1024 * 1024;
    static final SigningKey KEY = new SigningKey("https://blog.example/actor#main-key", null);

    FakeRemote remote;
    RecordingSigner signer;
    RemoteFetcher fetcher;

    @BeforeEach
    void start() {
        remote = FakeRemote.start();
        signer = new RecordingSigner();
        // Private networks stay forbidden: only the fake remote's exact origin is let through.
        SsrfGuard guard = new SsrfGuard(false, Set.of(remote.authority()), InetAddress::getAllByName);
        fetcher = new RemoteFetcher(
                guard,
                signer,
                () -> KEY,
                "https://blog.example",
                new RemoteFetcher.Limits(MIB, Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        remote.close();
    }

    static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RemoteFetchException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }

    String doc(String path, String padding) {
        return "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + remote.origin() + path
                + "\",\"type\":\"Note\",\"content\":\"" + padding + "\"}";
    }

    @Test
    void fetchesAnActorSignedWithTheInstanceKeyAndTheRightHeaders() {
        remote.serveFixture("mastodon.example/users/alice.json", "/users/alice");

        JsonNode actor = fetcher.fetchObject(remote.uri("/users/alice"));

        assertThat(actor.path("preferredUsername").asText()).isEqualTo("alice");
        var request = remote.requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.header("Accept"))
                .isEqualTo("application/activity+json, application/ld+json; "
                        + "profile=\"https://www.w3.org/ns/activitystreams\"");
        assertThat(request.header("User-Agent")).contains("Kakehashi").contains("https://blog.example");
        assertThat(request.header("Signature")).isEqualTo("test-signature for /users/alice");
        assertThat(signer.calls).singleElement().satisfies(c -> {
            assertThat(c.method()).isEqualTo("GET");
            assertThat(c.target()).isEqualTo(remote.uri("/users/alice"));
            assertThat(c.body()).isNull();
            assertThat(c.key()).isEqualTo(KEY);
        });
    }

    @Test
    void acceptsLdJsonWithTheActivityStreamsProfile() {
        remote.serve(
                "/notes/1",
                200,
                "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
                doc("/notes/1", "hi"));
        assertThat(fetcher.fetchObject(remote.uri("/notes/1")).path("content").asText())
                .isEqualTo("hi");
    }

    @Test
    void refusesABodyOneByteOverOneMebibyteDeclaredInContentLength() {
        String body = doc("/big", "");
        String padded = doc("/big", "x".repeat((int) (MIB - body.length() + 1)));
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize((int) MIB + 1);
        remote.serve("/big", 200, FakeRemote.ACTIVITY_JSON, padded);

        assertRefused(() -> fetcher.fetchObject(remote.uri("/big")), Reason.TOO_LARGE);
    }

    @Test
    void acceptsABodyOfExactlyOneMebibyte() {
        String body = doc("/big", "");
        String padded = doc("/big", "x".repeat((int) (MIB - body.length())));
        remote.serve("/big", 200, FakeRemote.ACTIVITY_JSON, padded);

        assertThat(fetcher.fetchObject(remote.uri("/big")).path("id").asText()).isEqualTo(remote.origin() + "/big");
    }

    @Test
    void stopsReadingAnEndlessBodyWithoutLengthSoonAfterTheLimit() {
        AtomicLong written = new AtomicLong();
        remote.handle("/endless", ex -> {
            ex.getResponseHeaders().add("Content-Type", FakeRemote.ACTIVITY_JSON);
            ex.sendResponseHeaders(200, 0); // chunked
            byte[] chunk = new byte[16 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 64 * 64; i++) { // up to 64 MiB
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            }
        });

        assertRefused(() -> fetcher.fetchObject(remote.uri("/endless")), Reason.TOO_LARGE);
        sleep(300); // let the server notice the hang-up
        // Socket buffers absorb some bytes after the client hangs up, but nowhere near 64 MiB.
        assertThat(written.get()).isLessThan(16 * MIB);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        remote.handle("/slow", ex -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeRemote.respond(
                    ex, 200, FakeRemote.ACTIVITY_JSON, doc("/slow", "").getBytes(StandardCharsets.UTF_8));
        });
        long start = System.nanoTime();

        assertRefused(() -> fetcher.fetchObject(remote.uri("/slow")), Reason.UNREACHABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4_000));
    }

    @Test
    void givesUpOnABodyThatTricklesPastTheTotalTimeout() {
        remote.handle("/trickle", ex -> {
            ex.getResponseHeaders().add("Content-Type", FakeRemote.ACTIVITY_JSON);
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();

        assertRefused(() -> fetcher.fetchObject(remote.uri("/trickle")), Reason.UNREACHABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4_000));
    }

    @Test
    void followsThreeRedirectsAndSignsEachHop() {
        remote.redirect("/a", 301, "/b")
                .redirect("/b", 302, remote.origin() + "/c")
                .redirect("/c", 307, "/d")
                .serve("/d", 200, FakeRemote.ACTIVITY_JSON, doc("/d", "final"));

        JsonNode doc = fetcher.fetchObject(remote.uri("/a"));

        assertThat(doc.path("content").asText()).isEqualTo("final");
        assertThat(signer.calls).extracting(c -> c.target().getPath()).containsExactly("/a", "/b", "/c", "/d");
    }

    @Test
    void refusesAFourthRedirect() {
        remote.redirect("/a", 301, "/b")
                .redirect("/b", 301, "/c")
                .redirect("/c", 301, "/d")
                .redirect("/d", 301, "/e")
                .serve("/e", 200, FakeRemote.ACTIVITY_JSON, doc("/e", ""));

        assertRefused(() -> fetcher.fetchObject(remote.uri("/a")), Reason.TOO_MANY_REDIRECTS);
        assertThat(remote.requests())
                .extracting(FakeRemote.Recorded::pathAndQuery)
                .doesNotContain("/e");
    }

    @Test
    void refusesARedirectToAPrivateAddress() {
        // localhost is 127.0.0.1 too, but only the exact test origin is allowed: the hop is checked.
        int port = remote.uri("/").getPort();
        remote.redirect("/users/a", 302, "https://localhost:" + port + "/users/a");

        assertThatThrownBy(() -> fetcher.fetchObject(remote.uri("/users/a")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED))
                .hasMessageContaining("non-public");
        assertThat(remote.requests()).hasSize(1);
    }

    @Test
    void refusesARedirectToTheCloudMetadataAddress() {
        remote.redirect("/users/a", 302, "https://169.254.169.254/latest/meta-data/");
        assertThatThrownBy(() -> fetcher.fetchObject(remote.uri("/users/a")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED))
                .hasMessageContaining("169.254.169.254");
    }

    @Test
    void refusesARedirectToPlainHttpElsewhere() {
        remote.redirect("/users/a", 302, "http://social.example/users/a");
        assertThatThrownBy(() -> fetcher.fetchObject(remote.uri("/users/a"))).hasMessageContaining("https");
    }

    @Test
    void comparesTheIdWithTheFinalUrlAfterRedirects() {
        remote.redirect("/@alice", 301, "/users/alice")
                .serve("/users/alice", 200, FakeRemote.ACTIVITY_JSON, doc("/users/alice", "a"));

        assertThat(fetcher.fetchObject(remote.uri("/@alice")).path("id").asText())
                .isEqualTo(remote.origin() + "/users/alice");
    }

    @Test
    void refetchesByIdOnceWhenTheIdNamesAnotherUrl() {
        remote.serve("/alias", 200, FakeRemote.ACTIVITY_JSON, doc("/canonical", "from alias"))
                .serve("/canonical", 200, FakeRemote.ACTIVITY_JSON, doc("/canonical", "from canonical"));

        JsonNode doc = fetcher.fetchObject(remote.uri("/alias"));

        assertThat(doc.path("content").asText()).isEqualTo("from canonical");
    }

    @Test
    void refusesADocumentWhoseIdKeepsPointingElsewhere() {
        remote.serve("/a", 200, FakeRemote.ACTIVITY_JSON, doc("/b", ""))
                .serve("/b", 200, FakeRemote.ACTIVITY_JSON, doc("/c", ""))
                .serve("/c", 200, FakeRemote.ACTIVITY_JSON, doc("/c", ""));

        assertRefused(() -> fetcher.fetchObject(remote.uri("/a")), Reason.ID_MISMATCH);
        assertThat(remote.requests())
                .extracting(FakeRemote.Recorded::pathAndQuery)
                .containsExactly("/a", "/b");
    }

    @Test
    void refusesADocumentWithoutId() {
        remote.serve("/a", 200, FakeRemote.ACTIVITY_JSON, "{\"type\":\"Note\"}");
        assertRefused(() -> fetcher.fetchObject(remote.uri("/a")), Reason.ID_MISMATCH);
    }

    @Test
    void refusesHtmlAndPlainJson() {
        remote.serve("/html", 200, "text/html; charset=utf-8", "<html>profile</html>")
                .serve("/json", 200, "application/json", doc("/json", ""));

        assertRefused(() -> fetcher.fetchObject(remote.uri("/html")), Reason.WRONG_CONTENT_TYPE);
        assertRefused(() -> fetcher.fetchObject(remote.uri("/json")), Reason.WRONG_CONTENT_TYPE);
    }

    @Test
    void refusesADocumentWithoutTheActivityStreamsContext() {
        remote.serve(
                "/a",
                200,
                FakeRemote.ACTIVITY_JSON,
                "{\"@context\":\"https://example.org/other\",\"id\":\"" + remote.origin() + "/a\"}");
        assertRefused(() -> fetcher.fetchObject(remote.uri("/a")), Reason.INVALID_DOCUMENT);
    }

    @Test
    void refusesBrokenJson() {
        remote.serve("/broken", 200, FakeRemote.ACTIVITY_JSON, "{\"id\": ");
        assertRefused(() -> fetcher.fetchObject(remote.uri("/broken")), Reason.INVALID_DOCUMENT);
    }

    @Test
    void reportsGoneAndNotFoundAsTheirOwnReasons() {
        remote.serve("/users/deleted", 410, FakeRemote.ACTIVITY_JSON, "{}");

        assertRefused(() -> fetcher.fetchObject(remote.uri("/users/deleted")), Reason.GONE);
        assertRefused(() -> fetcher.fetchObject(remote.uri("/users/never")), Reason.NOT_FOUND);
    }

    @Test
    void reportsServerErrorsWithoutTheirBody() {
        remote.serve("/boom", 500, "text/html", "<h1>stack trace here</h1>");

        assertThatThrownBy(() -> fetcher.fetchObject(remote.uri("/boom")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_ERROR))
                .hasMessageContaining("500")
                .hasMessageNotContaining("stack trace");
    }

    @Test
    void refusesARefusedConnectionAsUnreachable() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        SsrfGuard guard = new SsrfGuard(true);
        RemoteFetcher open =
                new RemoteFetcher(guard, signer, () -> KEY, "https://blog.example", RemoteFetcher.Limits.DEFAULT);
        assertRefused(() -> open.fetchObject(URI.create("http://127.0.0.1:" + port + "/x")), Reason.UNREACHABLE);
    }

    @Test
    void nothingIsFetchedFromABlockedDomainNotEvenARedirectTarget() {
        remote.serve("/blocked", 200, FakeRemote.ACTIVITY_JSON, doc("/blocked", ""));
        SsrfGuard guard = new SsrfGuard(true);
        RemoteFetcher blocking = new RemoteFetcher(
                guard,
                signer,
                () -> KEY,
                "https://blog.example",
                RemoteFetcher.Limits.DEFAULT,
                host -> host.equals(remote.authority()));

        assertRefused(() -> blocking.fetchObject(remote.uri("/blocked")), Reason.BLOCKED);
        assertThat(remote.requests()).isEmpty();

        try (FakeRemote other = FakeRemote.start()) {
            other.redirect("/hop", 302, remote.origin() + "/blocked");
            assertRefused(() -> blocking.fetchObject(other.uri("/hop")), Reason.BLOCKED);
        }
        assertThat(remote.requests()).isEmpty();
    }
}
