package dev.kakehashi.federation.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.wordpress.OldSiteFiles;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The old site's files: what they are, what a failure says, and an old site that is gone. */
class PacedFileFetcherTest {
    FakeRemote remote;

    @BeforeEach
    void start() {
        remote = FakeRemote.start();
    }

    @AfterEach
    void stop() {
        remote.close();
    }

    PacedFileFetcher fetcher(String allowedAuthority, long maxBytes) {
        SsrfGuard guard = new SsrfGuard(false, Set.of(allowedAuthority), InetAddress::getAllByName);
        RemoteFetcher remoteFetcher = new RemoteFetcher(
                guard,
                new RecordingSigner(),
                () -> RemoteFetcherTest.KEY,
                "https://blog.example",
                new RemoteFetcher.Limits(maxBytes, Duration.ofSeconds(2), Duration.ofSeconds(2)));
        return new PacedFileFetcher(remoteFetcher, Duration.ZERO);
    }

    @Test
    void givesTheBytesUnsignedAndSaysWhyWhenItCannot() {
        remote.serve("/wp-content/uploads/a.jpg", 200, "image/jpeg", "jpeg bytes")
                .serve("/wp-content/uploads/big.jpg", 200, "image/jpeg", "x".repeat(2000));
        PacedFileFetcher files = fetcher(remote.authority(), 1000);
        assertThat(files.get(remote.uri("/wp-content/uploads/a.jpg")))
                .asString()
                .isEqualTo("jpeg bytes");
        assertThat(remote.requests().get(0).header("Signature")).isNull();
        assertThatThrownBy(() -> files.get(remote.uri("/wp-content/uploads/gone.jpg")))
                .isInstanceOf(OldSiteFiles.Unavailable.class)
                .hasMessageContaining("/wp-content/uploads/gone.jpg")
                .hasMessageContaining("404");
        assertThatThrownBy(() -> files.get(remote.uri("/wp-content/uploads/big.jpg")))
                .isInstanceOf(OldSiteFiles.Unavailable.class)
                .hasMessageContaining("larger than 1000 bytes");
        assertThatThrownBy(() -> files.get(URI.create("http://10.0.0.1/wp-content/uploads/a.jpg")))
                .as("the SSRF guard still decides")
                .isInstanceOf(OldSiteFiles.Unavailable.class)
                .hasMessageContaining("plain http is not allowed");
    }

    @Test
    void aSiteThatDoesNotAnswerIsNotAskedAgainAfterFiveTries() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String authority = "127.0.0.1:" + closedPort;
        PacedFileFetcher files = fetcher(authority, 1000);
        for (int i = 0; i < PacedFileFetcher.GIVE_UP_AFTER; i++) {
            URI uri = URI.create("http://" + authority + "/wp-content/uploads/" + i + ".jpg");
            assertThatThrownBy(() -> files.get(uri))
                    .isInstanceOf(OldSiteFiles.Unavailable.class)
                    .hasMessageNotContaining("not asked");
        }
        assertThatThrownBy(() -> files.get(URI.create("http://" + authority + "/wp-content/uploads/9.jpg")))
                .isInstanceOf(OldSiteFiles.Unavailable.class)
                .hasMessageContaining("not asked")
                .hasMessageContaining("did not answer the last 5 times");
    }
}
