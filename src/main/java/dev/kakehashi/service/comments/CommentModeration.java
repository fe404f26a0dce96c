package dev.kakehashi.service.comments;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.QueuedComment;
import dev.kakehashi.domain.event.CommentModerated;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.Page;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.CommentQueries;
import dev.kakehashi.store.CommentQueries.Target;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation queue: lists comments by status and carries out an author's decision. Authors
 * see and decide on comments under their own posts; admins on all.
 */
public final class CommentModeration {
    private static final Logger log = LoggerFactory.getLogger(CommentModeration.class);

    /** The statuses the queue has a tab for, in tab order. */
    public static final List<CommentStatus> TABS =
            List.of(CommentStatus.PENDING, CommentStatus.PUBLISHED, CommentStatus.SPAM, CommentStatus.REJECTED);

    /** What an author can do with a comment. */
    public enum Action {
        APPROVE(CommentStatus.PUBLISHED),
        REJECT(CommentStatus.REJECTED),
        SPAM(CommentStatus.SPAM),
        DELETE(null);

        private final CommentStatus to;

        Action(CommentStatus to) {
            this.to = to;
        }
    }

    private final Transactions tx;
    private final CommentQueries queue;
    private final CommentRepository comments;
    private final AnswerRepository answers;
    private final EventBus events;
    private final Clock clock;

    public CommentModeration(
            Transactions tx, CommentQueries queue, CommentRepository comments, EventBus events, Clock clock) {
        this.tx = tx;
        this.queue = queue;
        this.comments = comments;
        this.answers = new AnswerRepository(tx);
        this.events = events;
        this.clock = clock;
    }

    /** True when this actor has a published, not deleted comment anywhere on the blog. */
    public boolean hasPublishedComment(String actorUri) {
        return tx.call(() -> queue.hasPublishedComment(actorUri));
    }

    /** One page (from 1) of the comments with {@code status} this user may moderate, newest first. */
    public Page<QueuedComment> queue(CommentStatus status, int number, int size, long accountId, boolean admin) {
        Long author = admin ? null : accountId;
        return tx.call(() -> {
            long total = queue.count(status, author);
            int last = (int) Math.max(1, (total + size - 1) / size);
            int n = Math.min(Math.max(1, number), last);
            return new Page<>(queue.queue(status, author, (n - 1) * size, size), n, size, total);
        });
    }

    /** How many comments this user may moderate wait in each tab. */
    public Map<CommentStatus, Long> counts(long accountId, boolean admin) {
        Long author = admin ? null : accountId;
        return tx.call(() -> {
            Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
            for (CommentStatus s : TABS) {
                counts.put(s, queue.count(s, author));
            }
            return counts;
        });
    }

    /** How many comments wait for this user's approval: the number in the admin's navigation. */
    public long pendingCount(long accountId, boolean admin) {
        return tx.call(() -> queue.count(CommentStatus.PENDING, admin ? null : accountId));
    }

    /**
     * Approves, rejects, marks as spam or deletes a comment.
     *
     * @throws ServiceException 404 when there is no such live comment, 403 when it is under another
     *     author's post and the user is not an admin
     */
    public void decide(long commentId, Action action, long accountId, boolean admin) {
        tx.run(() -> {
            Target t = queue.target(commentId).orElseThrow(() -> ServiceException.notFound("Comment"));
            if (!admin && t.postAuthorId() != accountId) {
                throw ServiceException.forbidden("Only the post's author or an admin can moderate this comment");
            }
            if (action == Action.DELETE) {
                // As an author's own delete of an answer: its earlier versions go with its content.
                answers.tombstone(commentId, clock.instant());
            } else if (action.to != t.status()) {
                comments.setStatusIfLive(commentId, action.to);
            } else {
                return;
            }
            events.raise(
                    tx,
                    new CommentModerated(
                            commentId,
                            t.postId(),
                            t.actorUri(),
                            t.status(),
                            action == Action.DELETE ? CommentStatus.REJECTED : action.to,
                            action == Action.DELETE));
            log.info("Comment {} on post {}: {} by account {}", commentId, t.postId(), action, accountId);
        });
    }
}
