package dev.kakehashi.it.federation;

import static dev.kakehashi.federation.reader.ActivityFixtures.received;

import dev.kakehashi.app.InboxComponent;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.plugin.CommentCandidate;
import dev.kakehashi.plugin.CommentVerdict;
import dev.kakehashi.plugin.Extensions;
import dev.kakehashi.plugin.KakehashiPlugin;
import dev.kakehashi.service.BlockService;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.web.view.CommentsToView;
import dev.kakehashi.web.view.CommentsView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the comment handler ITs share: the real database, the app's inbox as the production
 * modules build it ({@link InboxComponent}: its table, note consumers and services), the fixtures of
 * every server, and helpers to deliver them and read the thread. A fresh database for each test.
 */
abstract class CommentHandlersFixture {
    static final long POST = 1001;
    static final long ARTICLE = 1002;
    static final String ALICE = "https://mastodon.example/users/alice";
    static final String MISSKEY = "https://misskey.example/users/9f3k2l1m0a";
    static final String CAROL = "https://pleroma.example/users/carol";
    static final String DAVE = "https://gts.example/users/dave";
    static final String WP = "https://wp.example/?author=0";
    static final String ALICE_REPLY = "https://mastodon.example/users/alice/statuses/113000000000000500";
    static final String CAROL_REPLY = "https://pleroma.example/objects/7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e";
    static final String DAVE_REPLY = "https://gts.example/users/dave/statuses/01HZX4REPLY";

    Path dataDir;
    TestDatabase testDb;
    InboxComponent app;
    Transactions tx;
    CommentRepository repo;
    CommentSettings settings;
    /** The inbox table's handler for whatever activity it is given, as the drainer calls it. */
    InboxHandler inbox;

    InboxHandler create;
    InboxHandler update;
    InboxHandler delete;
    final List<CommentAdded> events = new ArrayList<>();
    /** What the comment filter below saw: every comment passes the app's moderation gate. */
    final List<CommentCandidate> gated = new ArrayList<>();

    CommentService comments;
    BlockService blocks;
    /** What the filter answers: PENDING holds the comment, PUBLISHED leaves it to the site's policy. */
    CommentStatus gateSays = CommentStatus.PUBLISHED;

    @BeforeEach
    void open() throws Exception {
        dataDir = Files.createTempDirectory("kakehashi-comments-");
        testDb = TestDatabase.migrated(dataDir);
        app = InboxComponent.open(dataDir, testDb.settings(dataDir));
        tx = app.tx();
        repo = new CommentRepository(tx);
        settings = app.commentSettings();
        comments = app.comments();
        blocks = app.blocks();
        app.events().subscribeInTransaction(CommentAdded.class, events::add);
        app.plugins().add(new GatePlugin(), "CommentHandlersFixture");
        inbox = activity -> app.table()
                .forActivity(activity.type(), activity.json())
                .orElseThrow(() -> new AssertionError("No inbox handler for " + activity.type()))
                .handle(activity);
        create = inbox;
        update = inbox;
        delete = inbox;
        tx.run(() -> {
            sql("insert into account (id, username, email, display_name, role, password_hash, created_at,"
                    + " updated_at) values (7, 'hana', 'hana@blog.example', 'Hana', 'ADMIN', 'x', :t, :t)");
            post(POST, "NOTE", null, false);
            post(ARTICLE, "ARTICLE", "a-long-read", false);
            post(1003, "NOTE", null, true);
            actor(ALICE, "alice", "mastodon.example", "Alice");
            actor(MISSKEY, "9f3k2l1m0a", "misskey.example", "みすきー");
            actor(CAROL, "carol", "pleroma.example", "Carol");
            actor(DAVE, "dave", "gts.example", null);
            actor(WP, "admin", "wp.example", "WordPress Admin");
        });
    }

    /** A comment filter, as a plugin registers one: records each comment and holds it when told to. */
    private final class GatePlugin implements KakehashiPlugin {
        @Override
        public String id() {
            return "comment-gate-test";
        }

        @Override
        public String name() {
            return "The tests' comment gate";
        }

        @Override
        public void register(Extensions extensions) {
            extensions.commentFilter(comment -> {
                gated.add(comment);
                return gateSays == CommentStatus.PENDING
                        ? CommentVerdict.hold("held by the test")
                        : CommentVerdict.accept();
            });
        }
    }

    void sql(String statement) {
        tx.session()
                .createNativeMutationQuery(statement)
                .setParameter("t", Instant.parse("2026-06-01T00:00:00Z"))
                .executeUpdate();
    }

    void post(long id, String kind, String slug, boolean closed) {
        sql("insert into post (id, author_id, kind, status, title, slug, body_markdown, body_html, published_at,"
                + " created_at, updated_at, comments_closed) values (" + id + ", 7, '" + kind + "', 'PUBLISHED', "
                + (slug == null ? "null" : "'Title'") + ", " + (slug == null ? "null" : "'" + slug + "'")
                + ", 'x', '<p>x</p>', :t, :t, :t, " + closed + ")");
    }

    void actor(String uri, String username, String host, String name) {
        tx.session()
                .createNativeMutationQuery("insert into remote_actor (id, uri, actor_type, preferred_username, host,"
                        + " name, url, icon_url, inbox, fetched_at) values (:id, :uri, 'Person', :u, :h, :n, :url,"
                        + " :icon, :inbox, :t)")
                .setParameter("id", (long) Math.abs(uri.hashCode()))
                .setParameter("uri", uri)
                .setParameter("u", username)
                .setParameter("h", host)
                .setParameter("n", name)
                .setParameter("url", "https://" + host + "/@" + username)
                .setParameter("icon", "https://" + host + "/avatars/" + username + ".png")
                .setParameter("inbox", uri + "/inbox")
                // Fetched just now: the cache answers, and no test fetches an actor.
                .setParameter("t", Instant.now())
                .executeUpdate();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        testDb.drop();
    }

    Optional<Comment> comment(String uri) {
        return tx.call(() -> repo.byUri(uri));
    }

    CommentsView page(long postId) {
        return new CommentsToView().thread(tx.call(() -> repo.thread(postId)));
    }

    void threadOfFourServers() {
        create.handle(received("mastodon.example", "create-reply"));
        create.handle(received("pleroma.example", "create-reply"));
        create.handle(received("gts.example", "create-reply"));
        create.handle(received("wp.example", "create-reply"));
    }
}
