package dev.kakehashi.service;

import dev.kakehashi.domain.ReactionWithActor;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.Transactions;
import java.util.List;

/** What the post page shows of a post's reactions: one query per page. */
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
}
