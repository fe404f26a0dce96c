package dev.kakehashi.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.store.AccountStatsRepository;
import dev.kakehashi.store.TableWrites;
import dev.kakehashi.store.Transactions;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;

/**
 * The counts a Mastodon account shows for a local author: posts, followers, following, last post,
 * in one statement (every status of a page carries its author's account). Kept in memory between
 * changes when built {@link #listeningTo} the writes: a committed write to a table they are counted
 * from ({@link #COUNTED}) empties what is kept, on this node and, through {@link ClusterCaches}, the
 * others; a value read while such a write was committing is never kept ({@link CacheGeneration}). A
 * unit of work that writes reads the database, so it sees its own changes.
 */
public final class LocalAccountStats {
    /** @param lastStatusAt null when the author never published */
    public record Stats(long statuses, long followers, long following, Instant lastStatusAt) {}

    /** Its name on the cluster bus. */
    static final String CACHE = "account-stats";
    /** The tables the counts are read from (lower case). */
    static final Set<String> COUNTED = Set.of("post", "follower", "following");

    private final Transactions tx;
    private final AccountStatsRepository counts;
    private final CacheGeneration generation = new CacheGeneration();
    private final Cache<Long, Stats> kept;

    /** Counts read from the database every time. */
    public LocalAccountStats(Transactions tx, AccountStatsRepository counts) {
        this(tx, counts, null);
    }

    private LocalAccountStats(Transactions tx, AccountStatsRepository counts, Cache<Long, Stats> kept) {
        this.tx = tx;
        this.counts = counts;
        this.kept = kept;
    }

    /** Counts kept between the writes that change them, on this node and, through the bus, the others. */
    public static LocalAccountStats listeningTo(
            Transactions tx, AccountStatsRepository counts, TableWrites writes, ClusterCaches caches) {
        LocalAccountStats stats = new LocalAccountStats(
                tx, counts, Caffeine.newBuilder().maximumSize(1_000).build());
        caches.register(CACHE, stats::forget);
        writes.subscribeTables(tables -> {
            if (!Collections.disjoint(tables, COUNTED) || tables.contains(TableWrites.UNKNOWN_TABLE)) {
                stats.forget();
                caches.changed(CACHE);
            }
        });
        return stats;
    }

    public Stats of(long accountId) {
        boolean cached = kept != null && !(tx.active() && !tx.session().isDefaultReadOnly());
        long readIn = generation.current();
        if (cached) {
            Stats known = kept.getIfPresent(accountId);
            if (known != null) {
                return known;
            }
        }
        // The key the federation layer files an author's follows under (ActorRef.key()).
        String actor = ActorKey.author(accountId).text();
        AccountStatsRepository.Counts c = tx.call(() -> counts.of(accountId, actor));
        Stats read = new Stats(c.posts(), c.followers(), c.following(), c.lastPublishedAt());
        if (cached) {
            generation.keep(kept, accountId, read, readIn);
        }
        return read;
    }

    /** Forgets every kept count. */
    void forget() {
        generation.advance();
        if (kept != null) {
            kept.invalidateAll();
        }
    }
}
