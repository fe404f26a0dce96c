package dev.kakehashi.service.oauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kakehashi.domain.OAuthToken;
import dev.kakehashi.service.CacheGeneration;
import dev.kakehashi.service.ClusterCaches;
import dev.kakehashi.store.TableWrites;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Live tokens by the hash of their bearer value, so that an API request does not read its token
 * from the database each time. Every committed write to the tokens, the apps or the accounts (a
 * revocation, a refresh, an app or an account removed) empties it on this node and, through {@link
 * ClusterCaches}, on every other: a revoked token is refused on the very next request. A token read
 * while such a change was committing is never kept ({@link CacheGeneration}). Unknown tokens are not
 * kept: a guess costs a query. Noting a token's use changes no token's rights, so it empties nothing:
 * when a use is due is decided here, per token, before any SQL is sent ({@link #claimUse}).
 */
public final class TokenCache {
    /** Its name on the cluster bus. */
    static final String CACHE = "oauth-tokens";
    /** The tables whose change may end or change a token. */
    static final Set<String> TABLES = Set.of("oauth_token", "oauth_app", "account", TableWrites.UNKNOWN_TABLE);
    /** What a unit of work that only noted a use wrote. */
    private static final Set<String> USE_NOTED = Set.of("oauth_token");

    private final CacheGeneration generation = new CacheGeneration();
    private final Cache<String, OAuthToken> tokens = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .recordStats()
            .build();
    /** When this node last noted each token's use, by token id; not emptied with the tokens. */
    private final Cache<Long, AtomicReference<Instant>> usesNoted = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    /** Set while this thread runs a unit of work that only notes a use. */
    private final ThreadLocal<Boolean> notingUse = new ThreadLocal<>();

    private TokenCache() {}

    /** A cache emptied by this node's writes to {@link #TABLES}, and by the other nodes' through the bus. */
    public static TokenCache listeningTo(TableWrites writes, ClusterCaches caches) {
        TokenCache cache = new TokenCache();
        caches.register(CACHE, cache::forget);
        writes.subscribeTables(tables -> {
            boolean onlyUseNoted = cache.notingUse.get() != null && tables.equals(USE_NOTED);
            if (!onlyUseNoted && tables.stream().anyMatch(TABLES::contains)) {
                cache.forget();
                caches.changed(CACHE);
            }
        });
        return cache;
    }

    /** The generation to read in: taken before the database is read. */
    long generation() {
        return generation.current();
    }

    /** The kept token for this hash, or null. */
    OAuthToken get(String hash) {
        return tokens.getIfPresent(hash);
    }

    /** Keeps a token read in generation {@code g}, unless a change has come since. */
    void put(String hash, OAuthToken token, long g) {
        generation.keep(tokens, hash, token, g);
    }

    /**
     * Whether the caller is the one to note a use of {@code token} at {@code now}: true at most once
     * per {@code every} per token on this node, by a compare-and-set on the token's last noted use,
     * so that concurrent requests with one token send one {@code UPDATE} between them, not one each.
     */
    boolean claimUse(OAuthToken token, Instant now, Duration every) {
        AtomicReference<Instant> last = usesNoted.get(token.id(), id -> new AtomicReference<>(token.lastUsedAt()));
        Instant seen = last.get();
        return (seen == null || seen.isBefore(now.minus(every))) && last.compareAndSet(seen, now);
    }

    /**
     * Runs a unit of work ({@code work} must open it) that reads tokens and notes a use, and writes
     * nothing else: its commit empties no cache. Inside a unit of work already open, the write commits
     * with that unit, and empties the caches as any other.
     */
    <T> T notingUse(Supplier<T> work) {
        notingUse.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            notingUse.remove();
        }
    }

    /** Its hits and misses, for the metrics. */
    public MeterBinder meters() {
        return new CaffeineCacheMetrics<>(tokens, CACHE, List.of());
    }

    /** Forgets every kept token. */
    public void forget() {
        generation.advance();
        tokens.invalidateAll();
    }
}
