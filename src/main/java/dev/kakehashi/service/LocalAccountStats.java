package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.store.AccountStatsRepository;
import dev.kakehashi.store.Transactions;
import java.time.Instant;

/**
 * The counts a Mastodon account shows for a local author: posts, followers, following, last post,
 * in one statement (every status of a page carries its author's account).
 */
public final class LocalAccountStats {
    /** @param lastStatusAt null when the author never published */
    public record Stats(long statuses, long followers, long following, Instant lastStatusAt) {}

    private final Transactions tx;
    private final AccountStatsRepository counts;

    public LocalAccountStats(Transactions tx, AccountStatsRepository counts) {
        this.tx = tx;
        this.counts = counts;
    }

    public Stats of(long accountId) {
        // The key the federation layer files an author's follows under (ActorRef.key()).
        String actor = ActorKey.author(accountId).text();
        AccountStatsRepository.Counts c = tx.call(() -> counts.of(accountId, actor));
        return new Stats(c.posts(), c.followers(), c.following(), c.lastPublishedAt());
    }
}
