package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.event.CommentAdded;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who is told about a new comment. */
class ReplyNotifierTest {
    static final String REMOTE = "https://mastodon.example/users/alice";
    static final Instant NOW = Instant.parse("2026-06-02T00:00:00Z");

    record Sent(long accountId, NotificationKind kind, String actorUri, Long postId, Long commentId, Instant at) {}

    final List<Sent> sent = new ArrayList<>();
    final ReplyNotifier notifier = new ReplyNotifier(
            postId -> postId == 7 ? Optional.of(42L) : Optional.empty(),
            (account, kind, actor, post, comment, at) -> {
                sent.add(new Sent(account, kind, actor, post, comment, at));
                return 1;
            },
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aReplyFromTheFediverseNotifiesThePostsAuthor() {
        notifier.accept(new CommentAdded(99, 7, REMOTE, CommentStatus.PUBLISHED, false));
        assertThat(sent).containsExactly(new Sent(42, NotificationKind.REPLY, REMOTE, 7L, 99L, NOW));
    }

    @Test
    void aHeldReplyNotifiesTooSoTheAuthorCanApproveIt() {
        notifier.accept(new CommentAdded(99, 7, REMOTE, CommentStatus.PENDING, false));
        assertThat(sent).hasSize(1);
    }

    @Test
    void anAuthorsOwnAnswerNotifiesNobody() {
        notifier.accept(new CommentAdded(99, 7, "https://blog.example/actors/42", CommentStatus.PUBLISHED, true));
        assertThat(sent).isEmpty();
    }

    @Test
    void spamAndRejectedRepliesNotifyNobody() {
        notifier.accept(new CommentAdded(99, 7, REMOTE, CommentStatus.SPAM, false));
        notifier.accept(new CommentAdded(98, 7, REMOTE, CommentStatus.REJECTED, false));
        assertThat(sent).isEmpty();
    }

    @Test
    void aReplyToAPostThatIsGoneNotifiesNobody() {
        notifier.accept(new CommentAdded(99, 8, REMOTE, CommentStatus.PUBLISHED, false));
        assertThat(sent).isEmpty();
    }

    @Test
    void aReplyInAThreadTheAuthorMutedNotifiesNobody() {
        ReplyNotifier muting = new ReplyNotifier(
                postId -> Optional.of(42L),
                (account, post) -> account == 42 && post == 7,
                (account, kind, actor, post, comment, at) -> {
                    sent.add(new Sent(account, kind, actor, post, comment, at));
                    return 1;
                },
                Clock.fixed(NOW, ZoneOffset.UTC));
        muting.accept(new CommentAdded(99, 7, REMOTE, CommentStatus.PUBLISHED, false));
        assertThat(sent).isEmpty();
        muting.accept(new CommentAdded(100, 8, REMOTE, CommentStatus.PUBLISHED, false));
        assertThat(sent).containsExactly(new Sent(42, NotificationKind.REPLY, REMOTE, 8L, 100L, NOW));
    }
}
