package dev.kakehashi.it;

import static dev.kakehashi.federation.reader.ActivityFixtures.json;
import static dev.kakehashi.federation.reader.ActivityFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.inbox.NoteConsumers;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.federation.reader.ReaderConsumer;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.remote.SsrfGuard;
import dev.kakehashi.federation.signature.DraftCavageSigner;
import dev.kakehashi.service.CommentGate;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.SiteSettingRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.web.view.CommentView;
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
import org.junit.jupiter.api.Test;

/**
 * Replies from every server through the inbox's Create/Update/Delete dispatchers into comments, on
 * the real database: threading, edits, deletions, account deletions, and what is refused.
 */
class CommentHandlersIT {
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
        testDb = TestDatabase.create(dataDir);
        String url = testDb.url() != null
                ? testDb.url()
                : "jdbc:h2:file:" + dataDir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        db = Database.open(new Settings.Database(url, testDb.url() != null ? testDb.user() : "sa", ""));
        tx = new Transactions(db.sessionFactory());
        Clock clock = Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"), ZoneOffset.UTC);
        HtmlSanitizer sanitizer = new HtmlSanitizer("https://blog.example");
        Links links = new Links(URI.create("https://blog.example"));
        repo = new CommentRepository(tx);
        settings = new CommentSettings(
                tx,
                new dev.kakehashi.service.SiteSettingsCache(
                        tx, new SiteSettingRepository(tx), new dev.kakehashi.service.EventBus()));
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
        RemoteActorService actors =
                new RemoteActorService(tx, new RemoteActorRepository(tx), fetcher, sanitizer, clock);
        ReplyTargets targets = new ReplyTargets(
                links,
                slug -> "a-long-read".equals(slug) ? Optional.of(ARTICLE) : Optional.empty(),
                wpId -> Optional.empty(),
                comments);
        InboxHandlers table = new InboxHandlers();
        NoteConsumers notes = new NoteConsumers()
                .add(new ReaderConsumer(
                        tx,
                        new FollowingRepository(tx),
                        new RemotePostRepository(tx),
                        new ObjectToRemotePost(sanitizer),
                        new dev.kakehashi.store.TagRepository(tx),
                        clock))
                .add(new ReplyConsumer(
                        comments,
                        targets,
                        new MissingParents(fetcher, MissingParents.MAX_HOPS),
                        new NoteToComment(sanitizer),
                        actors));
        InboxHandler deletePosts = notes.register(table);
        create = table.find("Create", "Note").orElseThrow();
        update = table.find("Update", "Note").orElseThrow();
        actors.whenGone(comments::actorDeleted);
        delete = new DeleteActorHandler(tx, new FollowerRepository(tx), actors, deletePosts);
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

    private void sql(String statement) {
        tx.session()
                .createNativeMutationQuery(statement)
                .setParameter("t", Instant.parse("2026-06-01T00:00:00Z"))
                .executeUpdate();
    }

    private void post(long id, String kind, String slug, boolean closed) {
        sql("insert into post (id, author_id, kind, status, title, slug, body_markdown, body_html, published_at,"
                + " created_at, updated_at, comments_closed) values (" + id + ", 7, '" + kind + "', 'PUBLISHED', "
                + (slug == null ? "null" : "'Title'") + ", " + (slug == null ? "null" : "'" + slug + "'")
                + ", 'x', '<p>x</p>', :t, :t, :t, " + closed + ")");
    }

    private void actor(String uri, String username, String host, String name) {
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

    @Test
    void repliesFromEveryServerBecomeAThreadUnderThePost() {
        threadOfFourServers();
        create.handle(received("misskey.example", "create-reply"));

        Comment alice = comment(ALICE_REPLY).orElseThrow();
        Comment carol = comment(CAROL_REPLY).orElseThrow();
        Comment dave = comment(DAVE_REPLY).orElseThrow();
        assertThat(alice.postId()).isEqualTo(POST);
        assertThat(alice.depth()).isZero();
        assertThat(carol.parentId()).isEqualTo(alice.id());
        assertThat(carol.depth()).isEqualTo(1);
        assertThat(dave.parentId()).isEqualTo(carol.id());
        assertThat(dave.depth()).isEqualTo(2);
        assertThat(alice.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(comment("https://misskey.example/notes/9f3k2n0500")
                        .orElseThrow()
                        .postId())
                .as("a reply to the article's pretty URL")
                .isEqualTo(ARTICLE);

        CommentsView shown = page(POST);
        assertThat(shown.count()).isEqualTo(4);
        assertThat(shown.items())
                .extracting(CommentView::authorName)
                .containsExactly("Alice", "Carol", "@dave@gts.example", "WordPress Admin");
        assertThat(shown.items()).extracting(CommentView::indent).containsExactly(0, 1, 2, 0);
        CommentView first = shown.items().get(0);
        assertThat(first.contentWarning()).isEqualTo("Spoilers for chapter 3");
        assertThat(first.avatarUrl()).isEqualTo("https://mastodon.example/avatars/alice.png");
        assertThat(first.authorUrl()).isEqualTo("https://mastodon.example/@alice");
        assertThat(first.url()).isEqualTo("https://mastodon.example/@alice/113000000000000500");
        assertThat(first.attachments()).singleElement().satisfies(a -> {
            assertThat(a.image()).isTrue();
            assertThat(a.alt()).isEqualTo("A butler holding a candlestick");
        });
        assertThat(shown.items().get(3).html()).contains("Great post!").doesNotContain("script");
        assertThat(events).extracting(CommentAdded::actorUri).containsExactly(ALICE, CAROL, DAVE, WP, MISSKEY);
        assertThat(events).allMatch(e -> e.status() == CommentStatus.PUBLISHED && !e.fromLocalAuthor());
    }

    @Test
    void aRepeatedCreateKeepsOneComment() {
        create.handle(received("mastodon.example", "create-reply"));
        create.handle(received("mastodon.example", "create-reply"));
        assertThat(page(POST).count()).isEqualTo(1);
        assertThat(events).hasSize(1);
    }

    @Test
    void updatesFromMastodonPleromaAndGoToSocialEditTheComment() {
        threadOfFourServers();
        update.handle(received("mastodon.example", "update-reply"));
        update.handle(received("pleroma.example", "update-reply"));
        update.handle(received("gts.example", "update-reply"));
        assertThat(comment(ALICE_REPLY).orElseThrow().content().contentHtml()).contains("or the gardener");
        assertThat(comment(ALICE_REPLY).orElseThrow().content().updated())
                .isEqualTo(Instant.parse("2026-06-01T14:20:00Z"));
        assertThat(comment(CAROL_REPLY).orElseThrow().content().contentHtml()).contains("the cook, edited");
        assertThat(comment(DAVE_REPLY).orElseThrow().content().contentHtml()).contains("all evening");
        assertThat(page(POST).items().get(0).edited()).isNotNull();
    }

    @Test
    void anOlderUpdateArrivingLateDoesNotUndoANewerEdit() {
        create.handle(received("mastodon.example", "create-reply"));
        update.handle(received("mastodon.example", "update-reply"));
        ObjectNode stale = json("mastodon.example", "update-reply");
        ((ObjectNode) stale.get("object"))
                .put("updated", "2026-06-01T14:10:00Z")
                .put("content", "<p>Stale</p>");
        update.handle(received(stale));
        assertThat(comment(ALICE_REPLY).orElseThrow().content().contentHtml()).contains("or the gardener");
    }

    @Test
    void anUpdateByAnotherAccountIsRejectedAndTheCommentStays() {
        create.handle(received("mastodon.example", "create-reply"));
        ObjectNode json = json("mastodon.example", "update-reply");
        json.put("actor", "https://mastodon.example/users/mallory");
        ((ObjectNode) json.get("object")).put("attributedTo", "https://mastodon.example/users/mallory");
        assertThatThrownBy(() -> update.handle(received(json)))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("only its author");
        assertThat(comment(ALICE_REPLY).orElseThrow().content().contentHtml()).doesNotContain("gardener");
    }

    @Test
    void aReplyWhoseAttributedToDiffersFromTheSignerIsRejectedAndNothingStored() {
        ObjectNode json = json("mastodon.example", "create-reply");
        json.put("actor", "https://mastodon.example/users/mallory");
        assertThatThrownBy(() -> create.handle(received(json)))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("not attributed to");
        assertThat(comment(ALICE_REPLY)).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void deletesWithATombstoneLeaveAPlaceholderThatKeepsTheThread() {
        threadOfFourServers();
        create.handle(received("misskey.example", "create-reply"));
        delete.handle(received("mastodon.example", "delete-reply"));
        delete.handle(received("wp.example", "delete-reply"));
        delete.handle(received("misskey.example", "delete-reply"));
        Comment gone = comment(ALICE_REPLY).orElseThrow();
        assertThat(gone.isDeleted()).isTrue();
        assertThat(gone.content().contentHtml()).isNull();
        CommentsView shown = page(POST);
        assertThat(shown.count()).isEqualTo(2);
        assertThat(shown.items()).extracting(CommentView::placeholder).containsExactly(true, false, false);
        assertThat(shown.items().get(1).authorName()).isEqualTo("Carol");
        assertThat(page(ARTICLE).items()).isEmpty();
    }

    @Test
    void deletesWithABareObjectIdFromPleromaAndGoToSocialRemoveTheComment() {
        threadOfFourServers();
        delete.handle(received("gts.example", "delete-reply"));
        delete.handle(received("pleroma.example", "delete-reply"));
        assertThat(comment(DAVE_REPLY).orElseThrow().isDeleted()).isTrue();
        assertThat(comment(CAROL_REPLY).orElseThrow().isDeleted()).isTrue();
        assertThat(page(POST).items()).extracting(CommentView::authorName).containsExactly("Alice", "WordPress Admin");
    }

    @Test
    void aCreateArrivingAfterItsDeleteDoesNotBringTheCommentBack() {
        create.handle(received("mastodon.example", "create-reply"));
        delete.handle(received("mastodon.example", "delete-reply"));
        create.handle(received("mastodon.example", "create-reply"));
        assertThat(page(POST).count()).isZero();
        assertThat(events).hasSize(1);
    }

    @Test
    void aDeleteByAnotherAccountIsRejectedAndTheCommentStays() {
        create.handle(received("mastodon.example", "create-reply"));
        ObjectNode json = json("mastodon.example", "delete-reply");
        json.put("actor", "https://mastodon.example/users/mallory");
        assertThatThrownBy(() -> delete.handle(received(json))).isInstanceOf(RejectedActivity.class);
        assertThat(page(POST).count()).isEqualTo(1);
    }

    @Test
    void aReplyToAPostWithClosedCommentsIsRejected() {
        ObjectNode json = json("mastodon.example", "create-reply");
        ((ObjectNode) json.get("object")).put("inReplyTo", "https://blog.example/posts/1003");
        assertThatThrownBy(() -> create.handle(received(json)))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("closed");
        assertThat(comment(ALICE_REPLY)).isEmpty();
    }

    @Test
    void aReplyToAPostThatDoesNotExistIsRejected() {
        ObjectNode json = json("mastodon.example", "create-reply");
        ((ObjectNode) json.get("object")).put("inReplyTo", "https://blog.example/posts/999");
        assertThatThrownBy(() -> create.handle(received(json))).isInstanceOf(RejectedActivity.class);
        ((ObjectNode) json.get("object")).put("inReplyTo", "https://blog.example/tags/java");
        assertThatThrownBy(() -> create.handle(received(json))).isInstanceOf(RejectedActivity.class);
        assertThat(comment(ALICE_REPLY)).isEmpty();
    }

    @Test
    void aReplyInAStrangersThreadIsUnrelatedAndNothingIsFetched() {
        ObjectNode json = json("mastodon.example", "create-reply");
        ObjectNode object = (ObjectNode) json.get("object");
        object.put("inReplyTo", "https://elsewhere.example/notes/1");
        object.putArray("tag");
        object.putArray("cc");
        json.putArray("cc");
        assertThatThrownBy(() -> create.handle(received(json)))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("not related to this site");
        assertThat(comment(ALICE_REPLY)).isEmpty();
    }

    @Test
    void aDeletedAccountLosesItsCommentsByDefault() {
        threadOfFourServers();
        delete.handle(received("mastodon.example", "delete-actor"));
        assertThat(comment(ALICE_REPLY).orElseThrow().isDeleted()).isTrue();
        CommentsView shown = page(POST);
        assertThat(shown.items().get(0).placeholder()).isTrue();
        assertThat(shown.count()).isEqualTo(3);
    }

    @Test
    void aDeletedAccountsCommentsAreAnonymizedWhenTheSettingsSaySo() {
        settings.setActorDeletion("anonymize");
        threadOfFourServers();
        delete.handle(received("mastodon.example", "delete-actor"));
        Comment kept = comment(ALICE_REPLY).orElseThrow();
        assertThat(kept.isDeleted()).isFalse();
        assertThat(kept.actorUri()).isEqualTo(CommentRepository.ANONYMOUS_ACTOR);
        CommentView shown = page(POST).items().get(0);
        assertThat(shown.authorName()).isEqualTo("A deleted account");
        assertThat(shown.html()).contains("The butler did it!");
        assertThat(shown.avatarUrl()).isNull();
        assertThat(shown.url()).isNull();
    }

    @Test
    void aChainOfAThousandRepliesArrivingOneByOneThreadsAndRenders() {
        String parent = "https://blog.example/posts/1001";
        for (int i = 1; i <= 1000; i++) {
            ObjectNode json = json("mastodon.example", "create-reply");
            ObjectNode object = (ObjectNode) json.get("object");
            String id = ALICE + "/statuses/chain-" + i;
            json.put("id", id + "/activity");
            object.put("id", id).put("inReplyTo", parent).put("content", "<p>reply " + i + "</p>");
            create.handle(received(json));
            parent = id;
        }
        assertThat(comment(parent).orElseThrow().depth()).isEqualTo(999);
        CommentsView shown = page(POST);
        assertThat(shown.count()).isEqualTo(1000);
        assertThat(shown.items().get(999).html()).contains("reply 1000");
        assertThat(shown.items()).extracting(CommentView::indent).allMatch(i -> i <= CommentsView.MAX_INDENT);
    }

    @Test
    void theGateDecidesAndHeldCommentsAreNotShown() {
        gateSays = CommentStatus.PENDING;
        create.handle(received("mastodon.example", "create-reply"));
        assertThat(comment(ALICE_REPLY).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
        assertThat(page(POST).items()).isEmpty();
        assertThat(events).singleElement().extracting(CommentAdded::status).isEqualTo(CommentStatus.PENDING);
        assertThat(gated).singleElement().satisfies(g -> {
            assertThat(g.postId()).isEqualTo(POST);
            assertThat(g.actorName()).isEqualTo("Alice");
            assertThat(g.actorHost()).isEqualTo("mastodon.example");
            assertThat(g.contentHtml()).contains("The butler did it!");
        });
        assertThat(comments.setStatus(comment(ALICE_REPLY).orElseThrow().id(), CommentStatus.PUBLISHED))
                .isTrue();
        assertThat(page(POST).count()).isEqualTo(1);
    }

    @Test
    void hidingAnActorOrAHostHidesTheirCommentsUntilUnhidden() {
        threadOfFourServers();
        assertThat(comments.hide(ALICE, null)).isEqualTo(1);
        assertThat(page(POST).items()).extracting(CommentView::placeholder).containsExactly(true, false, false, false);
        assertThat(comments.hide(null, "gts.example")).isEqualTo(1);
        assertThat(page(POST).count()).isEqualTo(2);
        comments.unhide(ALICE, null);
        comments.unhide(null, "gts.example");
        assertThat(page(POST).count()).isEqualTo(4);
    }
}
