package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.app.InboxComponent;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Remote actors fetched from a fake remote and cached in the real database, by the remote actor
 * service the federation modules build ({@link InboxComponent}: its signed fetcher, SSRF guard and cache).
 */
class RemoteActorServiceIT {
    /** A clock tests can move forward. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    Path dataDir;
    TestDatabase testDb;
    InboxComponent app;
    Transactions tx;
    FakeRemote remote;
    TestClock clock = new TestClock();
    RemoteActorService actors;

    @BeforeEach
    void open() throws Exception {
        dataDir = Files.createTempDirectory("kakehashi-remote-");
        testDb = TestDatabase.migrated(dataDir);
        remote = FakeRemote.start();
        // The fake remote is plain http on 127.0.0.1, which only this setting lets the SSRF guard fetch.
        app = InboxComponent.open(dataDir, testDb.settings(dataDir, "allow.private.networks", "true"), clock);
        tx = app.tx();
        actors = app.remoteActors();
    }

    @AfterEach
    void close() throws Exception {
        remote.close();
        app.close();
        testDb.drop();
    }

    String id(String path) {
        return remote.origin() + path;
    }

    long fetchesOf(String path) {
        return remote.requests().stream()
                .filter(r -> r.pathAndQuery().equals(path))
                .count();
    }

    @Test
    void resolvesAMastodonActorOnceAndServesItFromTheCacheForADay() {
        remote.serveFixture("mastodon.example/users/alice.json", "/users/alice");

        RemoteActor first = actors.resolve(id("/users/alice"));
        clock.now = clock.now.plus(Duration.ofHours(23));
        RemoteActor again = actors.resolve(id("/users/alice"));

        assertThat(fetchesOf("/users/alice")).isEqualTo(1);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.acct()).isEqualTo("alice@" + remote.authority());
        assertThat(again.deliveryInbox()).isEqualTo(id("/inbox"));
        assertThat(again.publicKeyId()).isEqualTo(id("/users/alice#main-key"));
        assertThat(again.summaryHtml()).contains("gardening").doesNotContain("<script");
    }

    @Test
    void concurrentFirstActivitiesOfANewActorShareOneFetchAndOneRow() throws Exception {
        String alice = remote.fixture("mastodon.example/users/alice.json");
        // A slow remote, so the eight lookups below all ask while the first fetch is under way.
        remote.handle("/users/alice", ex -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeRemote.respond(
                    ex, 200, FakeRemote.ACTIVITY_JSON, alice.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var results = new java.util.ArrayList<java.util.concurrent.Future<RemoteActor>>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return actors.resolve(id("/users/alice"));
                }));
            }
            start.countDown();
            var ids = new java.util.HashSet<Long>();
            for (var r : results) {
                ids.add(r.get(20, java.util.concurrent.TimeUnit.SECONDS).id());
            }
            assertThat(ids).hasSize(1);
            assertThat(fetchesOf("/users/alice")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refetchesAnActorOlderThanADay() {
        remote.serveFixture("mastodon.example/users/alice.json", "/users/alice");
        actors.resolve(id("/users/alice"));
        remote.serve(
                "/users/alice",
                200,
                FakeRemote.ACTIVITY_JSON,
                remote.fixture("mastodon.example/users/alice.json").replace("Alice :blobcat:", "Alice (moved)"));
        clock.now = clock.now.plus(Duration.ofHours(25));

        assertThat(actors.resolve(id("/users/alice")).name()).isEqualTo("Alice (moved)");
        assertThat(fetchesOf("/users/alice")).isEqualTo(2);
    }

    @Test
    void keepsServingAStaleCopyWhileTheServerIsDown() {
        remote.serveFixture("misskey.example/users/9f3k2l1m0a.json", "/users/9f3k2l1m0a");
        actors.resolve(id("/users/9f3k2l1m0a"));
        remote.serve("/users/9f3k2l1m0a", 502, "text/html", "bad gateway");
        clock.now = clock.now.plus(Duration.ofDays(2));

        assertThat(actors.resolve(id("/users/9f3k2l1m0a")).preferredUsername()).isEqualTo("bob");
    }

    @Test
    void marksAnActorGoneOn410AndStopsFetchingIt() {
        remote.serveFixture("pleroma.example/users/carol.json", "/users/carol");
        actors.resolve(id("/users/carol"));
        remote.serve("/users/carol", 410, FakeRemote.ACTIVITY_JSON, "{}");

        assertThatThrownBy(() -> actors.refresh(id("/users/carol")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GONE));
        assertThatThrownBy(() -> actors.resolve(id("/users/carol")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GONE));
        assertThat(fetchesOf("/users/carol")).isEqualTo(2);
    }

    @Test
    void refreshPicksUpARotatedKey() {
        remote.serveFixture("mastodon.example/users/alice.json", "/users/alice");
        actors.resolve(id("/users/alice"));
        remote.serve(
                "/users/alice",
                200,
                FakeRemote.ACTIVITY_JSON,
                remote.fixture("mastodon.example/users/alice.json").replace("#main-key", "#key-2"));

        assertThat(actors.refresh(id("/users/alice")).publicKeyId()).isEqualTo(id("/users/alice#key-2"));
    }

    @Test
    void findsTheOwnerOfAFragmentKeyId() {
        remote.serveFixture("wp.example/author-0.json", "/?author=0");

        RemoteActor blog = actors.byKeyId(id("/?author=0#main-key"));

        assertThat(blog.type()).isEqualTo("Group");
        assertThat(blog.publicKeyPem()).startsWith("-----BEGIN RSA PUBLIC KEY-----");
        // Now cached by its key: no second fetch.
        actors.byKeyId(id("/?author=0#main-key"));
        assertThat(fetchesOf("/?author=0")).isEqualTo(1);
    }

    @Test
    void findsTheOwnerOfAGoToSocialPathKeyId() {
        remote.serveFixture("gts.example/users/dave/main-key.json", "/users/dave/main-key")
                .serveFixture("gts.example/users/dave.json", "/users/dave");

        RemoteActor dave = actors.byKeyId(id("/users/dave/main-key"));

        assertThat(dave.uri()).isEqualTo(id("/users/dave"));
        assertThat(dave.sharedInbox()).isNull();
        assertThat(dave.deliveryInbox()).isEqualTo(id("/users/dave/inbox"));
    }

    @Test
    void followsAKeyDocumentToItsOwner() {
        remote.serveFixture("keys.example/keys/1.json", "/keys/1")
                .serveFixture("keys.example/users/frank.json", "/users/frank");

        RemoteActor frank = actors.byKeyId(id("/keys/1"));

        assertThat(frank.uri()).isEqualTo(id("/users/frank"));
        assertThat(frank.type()).isEqualTo("Service");
    }

    @Test
    void refusesAKeyIdTheActorDoesNotPublish() {
        remote.serveFixture("mastodon.example/users/alice.json", "/users/alice");

        assertThatThrownBy(() -> actors.byKeyId(id("/users/alice#other-key")))
                .isInstanceOf(RemoteFetchException.class)
                .hasMessageContaining("does not publish this key");
    }

    @Test
    void refusesADocumentThatIsNotAnActor() {
        remote.serve(
                "/notes/1",
                200,
                FakeRemote.ACTIVITY_JSON,
                "{\"id\":\"" + id("/notes/1") + "\",\"type\":\"Note\",\"content\":\"hi\"}");

        assertThatThrownBy(() -> actors.resolve(id("/notes/1")))
                .isInstanceOfSatisfying(
                        RemoteFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_DOCUMENT));
        assertThat(tx.call(() -> new RemoteActorRepository(tx).byUri(id("/notes/1"))))
                .isEmpty();
    }
}
