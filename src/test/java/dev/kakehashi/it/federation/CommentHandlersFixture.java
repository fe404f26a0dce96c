package dev.kakehashi.it.federation;

import static dev.kakehashi.federation.reader.ActivityFixtures.received;

import dev.kakehashi.app.Database;
import dev.kakehashi.app.Settings;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.federation.comments.MissingParents;
import dev.kakehashi.federation.comments.NoteToComment;
import dev.kakehashi.federation.comments.ReplyConsumer;
import dev.kakehashi.federation.comments.ReplyTargets;
import dev.kakehashi.federation.inbox.DeleteActorHandler;
import dev.kakehashi.federation.inbox.FollowerAnswers;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.inbox.NoteConsumers;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.federation.reader.ReaderConsumer;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.remote.SsrfGuard;
import dev.kakehashi.federation.signature.DraftCavageSigner;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.service.CommentGate;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.FollowerNotifier;
import dev.kakehashi.service.FollowerService;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.SiteSettingRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.web.view.CommentsToView;
import dev.kakehashi.web.view.CommentsView;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the comment handler ITs share: the real database, the inbox's Create/Update/Delete
 * dispatchers over it, the fixtures of every server, and helpers to deliver them and read the
 * thread. A fresh database for each test.
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
    Database db;
    Transactions tx;
    CommentRepository repo;
    CommentSettings settings;
    InboxHandler create;
    InboxHandler update;
    InboxHandler delete;
    final List<CommentAdded> events = new ArrayList<>();
    final List<CommentGate.IncomingComment> gated = new ArrayList<>();
    CommentService comments;
    CommentStatus gateSays = CommentStatus.PUBLISHED;

    @BeforeEach
    void open() throws Exception {
        dataDir = Files.createTempDirectory("kakehashi-comments-");
        testDb = TestDatabase.migrated(dataDir);
        db = Database.open(new Settings.Database(testDb.jdbcUrl(dataDir), testDb.jdbcUser(), ""));
        tx = new Transactions(db.sessionFactory());
        Clock clock = Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"), ZoneOffset.UTC);
        HtmlSanitizer sanitizer = new HtmlSanitizer("https://blog.example");
        Links links = new Links(URI.create("https://blog.example"));
        repo = new CommentRepository(tx);
        settings = new CommentSettings(
                tx,
                new dev.kakehashi.service.SiteSettingsCache(
                        tx,
                        new SiteSettingRepository(tx),
                        new dev.kakehashi.service.EventBus(),
                        new dev.kakehashi.service.ClusterCaches(new dev.kakehashi.store.stream.LocalStreamBus())));
        EventBus bus = new EventBus();
        bus.subscribeInTransaction(CommentAdded.class, events::add);
        CommentGate gate = incoming -> {
            gated.add(incoming);
            return gateSays;
        };
        comments = new CommentService(tx, repo, gate, bus, settings, clock);
        // Never used: every actor below is cached, and no test walks a chain of unknown parents.
        RemoteFetcher fetcher = new RemoteFetcher(
                new SsrfGuard(false),
                new DraftCavageSigner(clock),
                () -> {
                    throw new IllegalStateException("no fetches in this test");
                },
                "https://blog.example",
                RemoteFetcher.Limits.DEFAULT);
        RemoteActorService actors = new RemoteActorService(
                new dev.kakehashi.service.RemoteActorCache(tx, new RemoteActorRepository(tx), clock),
                fetcher,
                sanitizer,
                clock);
        ReplyTargets targets = new ReplyTargets(
                new dev.kakehashi.federation.id.ActorIds(links),
                slug -> "a-long-read".equals(slug) ? Optional.of(ARTICLE) : Optional.empty(),
                wpId -> Optional.empty(),
                comments);
        NoteConsumers notes = new NoteConsumers()
                .add(new ReaderConsumer(
                        new dev.kakehashi.service.RemotePostService(
                                tx,
                                new FollowingRepository(tx),
                                new RemotePostRepository(tx),
                                new dev.kakehashi.store.RemoteMediaRepository(tx),
                                new EventBus(),
                                new dev.kakehashi.service.RemotePostNotifier(
                                        new dev.kakehashi.store.OutboundReactionRepository(tx),
                                        new FollowingRepository(tx),
                                        new dev.kakehashi.store.NotificationRepository(tx)),
                                clock),
                        new ObjectToRemotePost(sanitizer),
                        new dev.kakehashi.federation.id.ActorIds(links)))
                .add(new ReplyConsumer(
                        comments,
                        targets,
                        new MissingParents(fetcher, MissingParents.MAX_HOPS),
                        new NoteToComment(sanitizer),
                        actors));
        var deletePosts = notes.delete();
        create = InboxHandlers.bind(Inbound.Create::of, notes.create());
        update = InboxHandlers.bind(Inbound.Update::of, notes.update());
        actors.whenGone(comments::actorDeleted);
        var followers = new FollowerService(
                tx,
                new FollowerRepository(tx),
                new FollowerAnswers(
                        new dev.kakehashi.service.OutboxService(tx, new OutboxRepository(tx), () -> {}, clock),
                        new dev.kakehashi.federation.id.ActorIds(links)),
                actors::markGone,
                () -> {},
                new FollowerNotifier(new AccountRepository(tx), new NotificationRepository(tx)),
                clock);
        delete = InboxHandlers.bind(Inbound.Delete::of, new DeleteActorHandler(followers, deletePosts));
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
                .setParameter("t", Instant.parse("2026-06-01T12:00:00Z"))
                .executeUpdate();
    }

    @AfterEach
    void close() {
        db.close();
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
