package dev.kakehashi.service;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Tells a post's author about a reply from the fediverse (REPLY), in the transaction that stores
 * the comment. An author's own answer from the admin is no news to them; spam and rejected
 * comments are not worth a notification, held ones are (they wait for the author).
 */
public final class ReplyNotifier implements Consumer<CommentAdded> {
    /** Where a notification goes: {@code NotificationRepository::add}. */
    @FunctionalInterface
    public interface Sink {
        long add(long accountId, NotificationKind kind, String actorUri, Long postId, Long commentId, Instant now);
    }

    private final LongFunction<Optional<Long>> authorOfPost;
    private final BiPredicate<Long, Long> muted;
    private final Sink sink;
    private final Clock clock;

    /** @param authorOfPost the account that wrote a post, empty when the post is gone */
    public ReplyNotifier(LongFunction<Optional<Long>> authorOfPost, Sink sink, Clock clock) {
        this(authorOfPost, (account, post) -> false, sink, clock);
    }

    /**
     * @param authorOfPost the account that wrote a post, empty when the post is gone
     * @param muted whether an account muted a post's thread (account id, post id): no notification then
     */
    public ReplyNotifier(
            LongFunction<Optional<Long>> authorOfPost, BiPredicate<Long, Long> muted, Sink sink, Clock clock) {
        this.authorOfPost = authorOfPost;
        this.muted = muted;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Reads a post's author and the thread mutes from the store, in the transaction that raised the
     * event (or one of their own outside any).
     */
    public static ReplyNotifier of(
            Transactions tx, PostRepository posts, ThreadMuteRepository mutes, Sink sink, Clock clock) {
        return new ReplyNotifier(
                postId -> tx.call(() -> posts.authorIdOf(postId)),
                (account, postId) -> tx.call(() -> mutes.muted(account, postId)),
                sink,
                clock);
    }

    @Override
    public void accept(CommentAdded event) {
        if (event.fromLocalAuthor()
                || (event.status() != CommentStatus.PUBLISHED && event.status() != CommentStatus.PENDING)) {
            return;
        }
        authorOfPost
                .apply(event.postId())
                .filter(author -> !muted.test(author, event.postId()))
                .ifPresent(author -> sink.add(
                        author,
                        NotificationKind.REPLY,
                        event.actorUri(),
                        event.postId(),
                        event.commentId(),
                        clock.instant()));
    }
}
