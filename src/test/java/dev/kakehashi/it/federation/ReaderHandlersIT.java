package dev.kakehashi.it.federation;

import static dev.kakehashi.federation.reader.ActivityFixtures.json;
import static dev.kakehashi.federation.reader.ActivityFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.app.InboxComponent;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reader's inbox handlers fed with activities as each server sends them, on the real database:
 * each activity goes to the app's inbox table as the production modules build it ({@link
 * InboxComponent}), so the Accept and Reject handlers and the note dispatchers are those that ship.
 */
class ReaderHandlersIT {
    static final String ME = "account:12";
    static final String ALICE = "https://mastodon.example/users/alice";
    static final String MISSKEY = "https://misskey.example/users/9f3k2l1m0a";
    static final String CAROL = "https://pleroma.example/users/carol";
    static final String DAVE = "https://gts.example/users/dave";
    static final String WP = "https://wp.example/?author=0";

    Path dataDir;
    TestDatabase testDb;
    InboxComponent app;
    Transactions tx;
    FollowingRepository following;
    RemotePostRepository posts;
    /** The inbox table's handler for whatever activity it is given, as the drainer calls it. */
    InboxHandler inbox;

    InboxHandler accept;
    InboxHandler reject;
    InboxHandler create;
    InboxHandler update;
    InboxHandler delete;

    @BeforeEach
    void open() throws Exception {
        dataDir = Files.createTempDirectory("kakehashi-reader-");
        testDb = TestDatabase.migrated(dataDir);
        Clock clock = Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"), ZoneOffset.UTC);
        app = InboxComponent.open(dataDir, testDb.settings(dataDir), clock);
        tx = app.tx();
        following = new FollowingRepository(tx);
        posts = new RemotePostRepository(tx);
        inbox = activity -> app.table()
                .forActivity(activity.type(), activity.json())
                .orElseThrow(() -> new AssertionError("No inbox handler for " + activity.type()))
                .handle(activity);
        accept = inbox;
        reject = inbox;
        create = inbox;
        update = inbox;
        delete = inbox;
        List<String> actors = List.of(ALICE, MISSKEY, CAROL, DAVE, WP);
        tx.run(() -> {
            for (int i = 0; i < actors.size(); i++) {
                following.add(ME, actors.get(i), "https://blog.example/actors/12#follows/" + (i + 1), clock.instant());
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        testDb.drop();
    }

    String state(String remote) {
        return tx.call(
                () -> following.find(ME, remote).map(f -> f.state().name()).orElse("none"));
    }

    Optional<RemotePost> post(String uri) {
        return tx.call(() -> posts.byUri(uri));
    }

    List<RemotePost> reader() {
        return tx.call(() -> posts.fromFollowed(ME, 12, 50));
    }

    @Test
    void mastodonAcceptWithTheEmbeddedFollowMakesTheFollowAccepted() {
        accept.handle(received("mastodon.example", "accept-follow"));
        assertThat(state(ALICE)).isEqualTo("ACCEPTED");
        assertThat(state(CAROL)).isEqualTo("PENDING");
    }

    @Test
    void misskeyAndGoToSocialAcceptsAreMatched() {
        accept.handle(received("misskey.example", "accept-follow"));
        accept.handle(received("gts.example", "accept-follow"));
        assertThat(state(MISSKEY)).isEqualTo("ACCEPTED");
        assertThat(state(DAVE)).isEqualTo("ACCEPTED");
    }

    @Test
    void pleromaAcceptNamingOnlyTheFollowIdIsMatched() {
        accept.handle(received("pleroma.example", "accept-follow"));
        assertThat(state(CAROL)).isEqualTo("ACCEPTED");
    }

    @Test
    void acceptWithAFollowIdOfTheirOwnIsMatchedByTheTwoActors() {
        ObjectNode json = json("mastodon.example", "accept-follow");
        ((ObjectNode) json.get("object")).put("id", "https://mastodon.example/follows/777");
        accept.handle(received(json));
        assertThat(state(ALICE)).isEqualTo("ACCEPTED");
    }

    @Test
    void acceptOfSomeoneElsesFollowIsRejected() {
        ObjectNode json = json("mastodon.example", "accept-follow");
        json.put("actor", "https://mastodon.example/users/mallory");
        // The service refuses with a 403, which the inbox records as a rejection (InboxProcessorTest).
        assertThatThrownBy(() -> accept.handle(received(json)))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(state(ALICE)).isEqualTo("PENDING");
    }

    @Test
    void rejectRemovesTheFollow() {
        accept.handle(received("mastodon.example", "accept-follow"));
        reject.handle(received("mastodon.example", "reject-follow"));
        assertThat(state(ALICE)).isEqualTo("none");
    }

    @Test
    void postsFromEveryServerAppearInTheReaderNewestFirst() {
        for (String host : List.of("mastodon.example", "misskey.example", "pleroma.example", "gts.example")) {
            create.handle(received(host, "create-note"));
        }
        create.handle(received("wp.example", "create-article"));
        List<RemotePost> shown = reader();
        assertThat(shown).hasSize(5);
        assertThat(shown.get(0).content().name()).isEqualTo("A WordPress article");
        assertThat(shown)
                .extracting(s -> s.content().actorUri())
                .containsExactlyInAnyOrder(ALICE, MISSKEY, CAROL, DAVE, WP);
    }

    @Test
    void aRepeatedCreateKeepsOnePost() {
        create.handle(received("mastodon.example", "create-note"));
        create.handle(received("mastodon.example", "create-note"));
        assertThat(reader()).hasSize(1);
    }

    @Test
    void createFromAnAccountNobodyFollowsIsRejected() {
        tx.run(() -> following.remove(ME, ALICE));
        assertThatThrownBy(() -> create.handle(received("mastodon.example", "create-note")))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("not related to this site");
        assertThat(post("https://mastodon.example/users/alice/statuses/113000000000000001"))
                .isEmpty();
    }

    @Test
    void mastodonUpdateReplacesTheTextAndMarksItEdited() {
        create.handle(received("mastodon.example", "create-note"));
        update.handle(received("mastodon.example", "update-note"));
        RemotePost s = post("https://mastodon.example/users/alice/statuses/113000000000000001")
                .orElseThrow();
        assertThat(s.content().contentHtml()).contains("edited");
        assertThat(s.content().updated()).isEqualTo(Instant.parse("2026-06-01T10:20:00Z"));
    }

    @Test
    void anOlderUpdateArrivingLateDoesNotUndoANewerEdit() {
        create.handle(received("mastodon.example", "create-note"));
        update.handle(received("mastodon.example", "update-note"));
        ObjectNode stale = json("mastodon.example", "update-note");
        ((ObjectNode) stale.get("object"))
                .put("updated", "2026-06-01T10:10:00Z")
                .put("content", "<p>Stale</p>");
        update.handle(received(stale));
        assertThat(post("https://mastodon.example/users/alice/statuses/113000000000000001")
                        .orElseThrow()
                        .content()
                        .contentHtml())
                .contains("edited");
    }

    @Test
    void wordPressUpdateReplacesTitleAndBody() {
        create.handle(received("wp.example", "create-article"));
        update.handle(received("wp.example", "update-article"));
        RemotePost s = post("https://wp.example/?p=42").orElseThrow();
        assertThat(s.content().name()).isEqualTo("A WordPress article (revised)");
        assertThat(s.content().contentHtml()).contains("revised WordPress article body");
    }

    @Test
    void updateByAnotherAccountOnTheSameServerIsRejected() {
        create.handle(received("mastodon.example", "create-note"));
        ObjectNode json = json("mastodon.example", "update-note");
        json.put("actor", "https://mastodon.example/users/mallory");
        ((ObjectNode) json.get("object")).put("attributedTo", "https://mastodon.example/users/mallory");
        assertThatThrownBy(() -> update.handle(received(json))).isInstanceOf(RejectedActivity.class);
        assertThat(post("https://mastodon.example/users/alice/statuses/113000000000000001")
                        .orElseThrow()
                        .content()
                        .contentHtml())
                .doesNotContain("edited");
    }

    @Test
    void deletesWithATombstoneRemoveThePostFromTheReader() {
        create.handle(received("mastodon.example", "create-note"));
        create.handle(received("misskey.example", "create-note"));
        create.handle(received("wp.example", "create-article"));
        delete.handle(received("mastodon.example", "delete-note"));
        delete.handle(received("misskey.example", "delete-note"));
        delete.handle(received("wp.example", "delete-article"));
        assertThat(reader()).isEmpty();
        RemotePost gone = post("https://wp.example/?p=42").orElseThrow();
        assertThat(gone.deletedAt()).isNotNull();
        assertThat(gone.content().contentHtml()).isNull();
    }

    @Test
    void deletesWithABareObjectIdRemoveThePost() {
        create.handle(received("pleroma.example", "create-note"));
        create.handle(received("gts.example", "create-note"));
        delete.handle(received("pleroma.example", "delete-note"));
        delete.handle(received("gts.example", "delete-note"));
        assertThat(reader()).isEmpty();
    }

    @Test
    void aCreateArrivingAfterItsDeleteDoesNotBringThePostBack() {
        create.handle(received("mastodon.example", "create-note"));
        delete.handle(received("mastodon.example", "delete-note"));
        create.handle(received("mastodon.example", "create-note"));
        assertThat(reader()).isEmpty();
    }

    @Test
    void deleteByAnotherAccountIsRejectedAndThePostStays() {
        create.handle(received("mastodon.example", "create-note"));
        ObjectNode json = json("mastodon.example", "delete-note");
        json.put("actor", "https://mastodon.example/users/mallory");
        assertThatThrownBy(() -> delete.handle(received(json))).isInstanceOf(RejectedActivity.class);
        assertThat(reader()).hasSize(1);
    }
}
