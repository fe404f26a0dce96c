package dev.kakehashi.it.federation;

import static dev.kakehashi.federation.reader.ActivityFixtures.json;
import static dev.kakehashi.federation.reader.ActivityFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.web.view.CommentView;
import dev.kakehashi.web.view.CommentsView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Updates and deletes from every server through the inbox's dispatchers, on the real database:
 * edits, late and forged updates, deletions, and account deletions.
 */
class CommentEditsIT extends CommentHandlersFixture {
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
}
