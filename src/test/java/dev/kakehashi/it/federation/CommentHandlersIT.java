package dev.kakehashi.it.federation;

import static dev.kakehashi.federation.reader.ActivityFixtures.json;
import static dev.kakehashi.federation.reader.ActivityFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.web.view.CommentView;
import dev.kakehashi.web.view.CommentsView;
import org.junit.jupiter.api.Test;

/**
 * Replies from every server through the app's inbox table into comments, on the real database:
 * threading, the moderation gate, blocked actors and domains, and what is refused.
 */
class CommentHandlersIT extends CommentHandlersFixture {
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
    void blockingAnActorOrADomainHidesTheirCommentsUntilTheBlockIsLifted() {
        threadOfFourServers();
        assertThat(blocks.blockActor(ALICE, "spam").commentsHidden()).isEqualTo(1);
        assertThat(page(POST).items()).extracting(CommentView::placeholder).containsExactly(true, false, false, false);
        assertThat(blocks.blockDomain("gts.example", "spam").commentsHidden()).isEqualTo(1);
        assertThat(page(POST).count()).isEqualTo(2);
        blocks.list().forEach(block -> blocks.lift(block.id()));
        assertThat(page(POST).count()).isEqualTo(4);
    }
}
