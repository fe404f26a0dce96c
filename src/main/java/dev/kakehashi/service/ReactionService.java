package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.NewReaction;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.Reaction;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records and removes reactions from the fediverse, each with the notification of the author
 * concerned, in one transaction: the post's author for likes, boosts, emoji reactions and quotes;
 * the mentioned author, or every admin for the blog actor, for mentions; the answer's author for
 * likes, emoji reactions and boosts of an author's answer to a comment. Repeats change nothing.
 */
public final class ReactionService {
    private static final Logger log = LoggerFactory.getLogger(ReactionService.class);
    /** The kinds one actor gives a post once (an emoji once per emoji). */
    private static final Set<ReactionKind> ONCE_PER_ACTOR =
            Set.of(ReactionKind.LIKE, ReactionKind.BOOST, ReactionKind.EMOJI);
    /** The kinds an actor can undo (a quote or a mention goes with the note's Delete). */
    private static final List<ReactionKind> UNDOABLE =
            List.of(ReactionKind.LIKE, ReactionKind.EMOJI, ReactionKind.BOOST);

    private final Transactions tx;
    private final ReactionRepository reactions;
    private final NotificationRepository notifications;
    private final PostRepository posts;
    private final AccountRepository accounts;
    private final ThreadMuteRepository mutes;
    private final AnswerRepository answers;
    private final Clock clock;

    public ReactionService(
            Transactions tx,
            ReactionRepository reactions,
            NotificationRepository notifications,
            PostRepository posts,
            AccountRepository accounts,
            ThreadMuteRepository mutes,
            Clock clock) {
        this.tx = tx;
        this.reactions = reactions;
        this.notifications = notifications;
        this.posts = posts;
        this.accounts = accounts;
        this.mutes = mutes;
        this.answers = new AnswerRepository(tx);
        this.clock = clock;
    }

    /** The reactions of {@code kind} that the note {@code noteUri} by {@code actorUri} made here. */
    public List<Reaction> ofNote(String noteUri, String actorUri, ReactionKind kind) {
        return tx.call(() -> reactions.ofNote(noteUri, actorUri)).stream()
                .filter(r -> r.kind() == kind)
                .toList();
    }

    /**
     * Stores the reaction and notifies, unless the same activity (or the same reaction by the same
     * actor on the same post) is already stored.
     *
     * @return true when it was new
     */
    public boolean record(NewReaction r) {
        return record(r, new java.util.HashSet<>());
    }

    /**
     * As {@link #record(NewReaction)}, notifying nobody in {@code notified}, and adding whoever it
     * notifies: one note mentioning an author and the blog tells an admin who wrote it once.
     */
    public boolean record(NewReaction r, Set<Long> notified) {
        boolean added = tx.call(() -> {
            if (reactions.known(r, ONCE_PER_ACTOR.contains(r.kind()))) {
                return false;
            }
            long id = reactions.add(r, clock.instant());
            for (long account : recipients(r)) {
                Long thread = r.postId() != null ? r.postId() : threadOf(r.commentId());
                if (!notified.add(account) || (thread != null && mutes.muted(account, thread))) {
                    continue; // told already, or the author muted this thread from an app
                }
                // A reaction to an answer names the answer: the notification's status is the answer.
                notifications.add(
                        account,
                        notificationKind(r.kind()),
                        r.actorUri(),
                        r.postId(),
                        r.commentId(),
                        id,
                        clock.instant());
            }
            return true;
        });
        if (added) {
            log.info(
                    "{} of {} by {}",
                    r.kind(),
                    r.postId() != null
                            ? "post " + r.postId()
                            : r.commentId() != null ? "answer " + r.commentId() : r.localActor(),
                    r.actorUri());
        }
        return added;
    }

    /**
     * As {@link #record(NewReaction)}, for a like, emoji reaction or boost of answer {@code answerId}
     * (an author's answer to a comment, a Note of ours): the answer's author is notified, as Mastodon
     * tells the author of a favourited status.
     *
     * @throws ServiceException 404 when {@code answerId} is no answer of one of our authors, 410 when
     *     it or its post is deleted or no longer published, 409 when it is hidden
     */
    public boolean recordOnAnswer(long answerId, NewReaction r) {
        return tx.call(() -> {
            shownAnswer(answerId);
            return record(r.onAnswer(answerId));
        });
    }

    /**
     * As {@link #undoSame}, for a reaction to answer {@code answerId} whose activity id was not kept.
     */
    public boolean undoSameOnAnswer(ReactionKind kind, long answerId, String actorUri, String emoji) {
        return tx.call(() -> {
            Optional<Reaction> found = reactions.sameOnComment(kind, answerId, actorUri, emoji);
            found.ifPresent(r -> remove(List.of(r)));
            return found.isPresent();
        });
    }

    /** The answer, when it is one of our authors' and shows under a published post. */
    private Comment shownAnswer(long answerId) {
        Comment answer =
                answers.byId(answerId).filter(Comment::isLocal).orElseThrow(() -> ServiceException.notFound("Answer"));
        boolean postShown = posts.byId(answer.postId())
                .filter(p -> p.isPublished() && !p.isDeleted())
                .isPresent();
        if (answer.isDeleted() || !postShown) {
            throw ServiceException.gone("Answer");
        }
        if (answer.status() != CommentStatus.PUBLISHED) {
            throw ServiceException.conflict("This answer is not shown");
        }
        return answer;
    }

    /** Removes reactions (their notifications go with them). */
    public int remove(List<Reaction> stored) {
        int removed = tx.call(
                () -> stored.stream().mapToInt(s -> reactions.remove(s.id())).sum());
        if (removed > 0) {
            log.info("Removed {} reaction(s) by {}", removed, stored.get(0).actorUri());
        }
        return removed;
    }

    /**
     * {@code actorUri} undoes the like, emoji reaction or boost it sent as {@code activityUri}: the
     * reaction and its notification go. Only the actor who reacted can undo.
     *
     * @return false when that actor has no such reaction
     */
    public boolean undo(String activityUri, String actorUri) {
        return tx.call(() -> {
            List<Reaction> found = reactions.byActivityOf(activityUri, actorUri, UNDOABLE);
            if (found.isEmpty()) {
                return false;
            }
            remove(found);
            return true;
        });
    }

    /**
     * As {@link #undo(String, String)}, for an undone activity whose id was not kept: the same kind of
     * reaction (the same emoji) by the same actor on the same post.
     *
     * @param emoji the emoji of an {@link ReactionKind#EMOJI} reaction, else null
     */
    public boolean undoSame(ReactionKind kind, long postId, String actorUri, String emoji) {
        return tx.call(() -> {
            Optional<Reaction> found = reactions.sameOnPost(kind, postId, actorUri, emoji);
            found.ifPresent(r -> remove(List.of(r)));
            return found.isPresent();
        });
    }

    static NotificationKind notificationKind(ReactionKind kind) {
        return switch (kind) {
            case LIKE, EMOJI -> NotificationKind.LIKE;
            case BOOST -> NotificationKind.BOOST;
            case QUOTE -> NotificationKind.QUOTE;
            case MENTION -> NotificationKind.MENTION;
        };
    }

    private Long threadOf(Long commentId) {
        return commentId == null
                ? null
                : answers.byId(commentId).map(Comment::postId).orElse(null);
    }

    private List<Long> recipients(NewReaction r) {
        if (r.postId() != null) {
            return posts.authorIdOf(r.postId()).map(List::of).orElse(List.of());
        }
        if (r.commentId() != null) {
            return answers.byId(r.commentId())
                    .map(Comment::accountId)
                    .map(List::of)
                    .orElse(List.of());
        }
        String local = r.localActor();
        ActorKey key = ActorKey.parse(local).orElse(ActorKey.INSTANCE);
        if (key.kind() == ActorKey.Kind.BLOG) {
            return accounts.all().stream()
                    .filter(Account::isAdmin)
                    .map(Account::id)
                    .toList();
        }
        if (key.isAuthor()) {
            return accounts.byId(key.accountId()).map(a -> List.of(a.id())).orElse(List.of());
        }
        return List.of();
    }
}
