package dev.kakehashi.service;

import dev.kakehashi.domain.NewReaction;
import dev.kakehashi.domain.Reaction;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.Transactions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An author favouriting one of the blog's own posts from an app, as Mastodon lets an author
 * favourite their own posts: stored as a like by the author's actor, so it counts in
 * {@code favourites_count} and the post's {@code likes} like any other. Nothing is sent: the post
 * is ours. The author is not notified of their own favourite; another local author is.
 */
public final class LocalFavourites {
    private final Transactions tx;
    private final StatusQueries statuses;
    private final ReactionRepository reactions;
    private final ReactionService service;
    private final Links links;

    public LocalFavourites(
            Transactions tx,
            StatusQueries statuses,
            ReactionRepository reactions,
            ReactionService service,
            Links links) {
        this.tx = tx;
        this.statuses = statuses;
        this.reactions = reactions;
        this.service = service;
        this.links = links;
    }

    /** Favourites a blog post the author may see (404 otherwise); twice is once. */
    public void favourite(long accountId, long postId) {
        long id = localPost(accountId, postId);
        String actor = links.authorActor(accountId);
        Set<Long> notNotified = new HashSet<>(Set.of(accountId));
        service.record(
                new NewReaction(
                        ReactionKind.LIKE,
                        id,
                        null,
                        actor,
                        links.authority(),
                        links.localLike(id, accountId),
                        null,
                        null),
                notNotified);
    }

    /** Takes the author's favourite back; none to take back changes nothing. */
    public void unfavourite(long accountId, long postId) {
        long id = localPost(accountId, postId);
        List<Reaction> mine = tx.call(() -> reactions
                .sameOnPost(ReactionKind.LIKE, id, links.authorActor(accountId), null)
                .map(List::of)
                .orElse(List.of()));
        if (!mine.isEmpty()) {
            service.remove(mine);
        }
    }

    private long localPost(long accountId, long postId) {
        return tx.call(() -> {
            if (statuses.visible(postId, accountId) instanceof StatusSource.Local l) {
                return l.post().id();
            }
            throw InvalidInputException.of("id", "Not one of the blog's posts");
        });
    }
}
