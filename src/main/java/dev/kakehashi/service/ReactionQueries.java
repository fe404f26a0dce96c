package dev.kakehashi.service;

import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.ReactionWithActor;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.Transactions;
import java.util.List;
import java.util.Map;

/** What the post page and a post's ActivityPub object show of its reactions. */
public final class ReactionQueries {
    /** Avatars shown per kind (and per emoji); the counts are always complete. */
    public static final int SHOWN_PER_KIND = 40;

    private final Transactions tx;
    private final ReactionRepository reactions;

    public ReactionQueries(Transactions tx, ReactionRepository reactions) {
        this.tx = tx;
        this.reactions = reactions;
    }

    public List<ReactionWithActor> forPost(long postId) {
        return tx.call(() -> reactions.forPost(postId, SHOWN_PER_KIND));
    }

    /** How many liked and boosted a post; emoji reactions count as likes, as Mastodon counts Misskey's. */
    public Totals totals(long postId) {
        return tx.call(() -> {
            Map<ReactionKind, Long> counts = reactions.counts(postId);
            return new Totals(
                    counts.getOrDefault(ReactionKind.LIKE, 0L) + counts.getOrDefault(ReactionKind.EMOJI, 0L),
                    counts.getOrDefault(ReactionKind.BOOST, 0L));
        });
    }

    /** The likes and boosts of one post, as a peer sees them in its collections. */
    public record Totals(long likes, long boosts) {}
}
