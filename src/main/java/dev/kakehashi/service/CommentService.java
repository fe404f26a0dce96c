package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.domain.NewComment;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules for comments from the fediverse: where a reply lands in its thread, who may edit or
 * delete it, what the moderation gate decides, and what an account deletion does to them. Knows
 * nothing of ActivityPub: the federation layer hands it converted replies.
 */
public final class CommentService {
    private static final Logger log = LoggerFactory.getLogger(CommentService.class);

    /** Where a reply points: a local post, or a comment we hold under one. */
    public record Target(long postId, Long parentId, int depth) {}

    /** A converted remote reply (content already sanitized). */
    public record Reply(
            String uri,
            String url,
            String actorUri,
            String actorHost,
            String actorName,
            CommentContent content,
            Instant published) {}

    /** What became of a received reply. */
    public enum Outcome {
        STORED,
        /** Held already, or deleted before: nothing changed. */
        KNOWN,
        /** The post does not take comments (closed), nothing stored. */
        CLOSED,
        /** The post is not published (any more), nothing stored. */
        NO_POST
    }

    /** What became of an edit or a deletion. */
    public enum Change {
        DONE,
        /** No such comment (or deleted already, or an older edit): nothing changed. */
        NOT_HELD,
        /** Someone else wrote it: nothing changed. */
        NOT_AUTHOR
    }

    private final Transactions tx;
    private final CommentRepository comments;
    private final CommentGate gate;
    private final EventBus events;
    private final CommentSettings settings;
    private final Clock clock;

    public CommentService(
            Transactions tx,
            CommentRepository comments,
            CommentGate gate,
            EventBus events,
            CommentSettings settings,
            Clock clock) {
        this.tx = tx;
        this.comments = comments;
        this.gate = gate;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The comment with this ActivityPub id, if held (live or a tombstone). */
    public Optional<Comment> byUri(String uri) {
        return tx.call(() -> comments.byUri(uri));
    }

    /** Where a reply to the comment {@code uri} goes; empty when we do not hold it. */
    public Optional<Target> underComment(String uri) {
        return byUri(uri).map(c -> new Target(c.postId(), c.id(), c.depth() + 1));
    }

    /**
     * Stores a reply under {@code target}: the gate chooses its status, and {@link CommentAdded} is
     * raised in the same transaction. A repeated reply, or one deleted before, changes nothing.
     */
    public Outcome receive(Target target, Reply reply) {
        Outcome outcome = tx.call(() -> {
            if (comments.byUri(reply.uri()).isPresent()) {
                return Outcome.KNOWN;
            }
            Optional<Boolean> open = comments.postOpenForComments(target.postId());
            if (open.isEmpty()) {
                return Outcome.NO_POST;
            }
            if (!open.get()) {
                return Outcome.CLOSED;
            }
            CommentStatus status = gate.admit(new CommentGate.IncomingComment(
                    target.postId(),
                    reply.actorUri(),
                    reply.actorHost(),
                    reply.actorName(),
                    reply.content().contentHtml()));
            long id = comments.add(
                    new NewComment(
                            target.postId(),
                            target.parentId(),
                            target.depth(),
                            reply.uri(),
                            reply.url(),
                            reply.actorUri(),
                            reply.actorHost(),
                            null,
                            reply.content(),
                            status,
                            reply.published() == null ? clock.instant() : reply.published()),
                    clock.instant());
            events.raise(tx, new CommentAdded(id, target.postId(), reply.actorUri(), status, false));
            return Outcome.STORED;
        });
        if (outcome == Outcome.STORED) {
            log.info("Comment {} from {} under post {}", reply.uri(), reply.actorUri(), target.postId());
        }
        return outcome;
    }

    /** Applies an edit by the comment's author when it is newer than what is shown. */
    public Change edit(String uri, String actorUri, CommentContent content) {
        Change change = tx.call(() -> {
            Optional<Comment> stored = comments.byUri(uri);
            if (stored.isEmpty() || stored.get().isDeleted()) {
                return Change.NOT_HELD;
            }
            if (!stored.get().actorUri().equals(actorUri)) {
                return Change.NOT_AUTHOR;
            }
            Instant shown = stored.get().content().updated();
            // Out-of-order delivery: an edit not newer than the one we show changes nothing (A9.7).
            if (shown != null
                    && (content.updated() == null || !content.updated().isAfter(shown))) {
                return Change.NOT_HELD;
            }
            CommentContent dated = content.updated() != null
                    ? content
                    : new CommentContent(
                            content.contentHtml(),
                            content.summary(),
                            content.sensitive(),
                            content.attachmentsJson(),
                            clock.instant());
            return comments.updateContent(stored.get().id(), dated) ? Change.DONE : Change.NOT_HELD;
        });
        if (change == Change.DONE) {
            log.info("Comment {} edited by {}", uri, actorUri);
        }
        return change;
    }

    /** Deletes a comment at its author's request; it stays as a tombstone holding its replies. */
    public Change delete(String uri, String actorUri) {
        Change change = tx.call(() -> {
            Optional<Comment> stored = comments.byUri(uri);
            if (stored.isEmpty() || stored.get().isDeleted()) {
                return Change.NOT_HELD;
            }
            if (!stored.get().actorUri().equals(actorUri)) {
                return Change.NOT_AUTHOR;
            }
            return comments.markDeleted(stored.get().id(), clock.instant()) ? Change.DONE : Change.NOT_HELD;
        });
        if (change == Change.DONE) {
            log.info("Comment {} deleted by {}", uri, actorUri);
        }
        return change;
    }

    /** A remote account was deleted: its comments are deleted or anonymized, as the settings say. */
    public int actorDeleted(String actorUri) {
        CommentSettings.ActorDeletion policy = settings.actorDeletion();
        int n = tx.call(() -> policy == CommentSettings.ActorDeletion.ANONYMIZE
                ? comments.byActor().anonymizeActor(actorUri)
                : comments.byActor().markDeletedByActor(actorUri, clock.instant()));
        if (n > 0) {
            log.info("{} comments of deleted account {}: {}", n, actorUri, policy);
        }
        return n;
    }

    /**
     * Every comment of a post (all statuses, tombstones too) with its author, oldest first, in one
     * query: the page builds the thread from it and shows only published ones.
     */
    public List<CommentWithAuthor> thread(long postId) {
        return tx.call(() -> comments.thread(postId));
    }

    /** Published, live comments of a post: the replies collection's size. */
    public long countPublished(long postId) {
        return tx.call(() -> comments.countPublished(postId));
    }

    /** Ids of published, live comments of a post, oldest first: one page of the replies collection. */
    public List<String> publishedUris(long postId, int offset, int limit) {
        return tx.call(() -> comments.publishedUris(postId, offset, limit));
    }

    /** Whether the post is published and not deleted (its replies may be listed). */
    /** Whether the post's comments may be listed to anyone (published, public or unlisted). */
    public boolean postOpenToAnyone(long postId) {
        return tx.call(() -> comments.postOpenToAnyone(postId));
    }

    public boolean postIsPublished(long postId) {
        return tx.call(() -> comments.postOpenForComments(postId).isPresent());
    }

    /** Moderation: sets a comment's status (approve, reject, spam, hide). */
    public boolean setStatus(long commentId, CommentStatus status) {
        boolean changed = tx.call(() -> comments.setStatus(commentId, status));
        if (changed) {
            log.info("Comment {} is now {}", commentId, status);
        }
        return changed;
    }
}
