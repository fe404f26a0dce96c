package dev.kakehashi.service.oauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kakehashi.domain.OAuthToken;
import dev.kakehashi.service.ClusterCaches;
import dev.kakehashi.store.TableWrites;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live tokens by the hash of their bearer value, so that an API request does not read its token
 * from the database each time. Every committed write to the tokens, the apps or the accounts (a
 * revocation, a refresh, a use noted, an app or an account removed) empties it on this node and,
 * through {@link ClusterCaches}, on every other: a revoked token is refused on the very next request.
 * A token read while such a change was committing is never kept (each read carries the generation
 * it began in, as {@code PageCache} does). Unknown tokens are not kept: a guess costs a query.
 */
public final class TokenCache {
    /** Its name on the cluster bus. */
    static final String CACHE = "oauth-tokens";
    /** The tables whose change may end or change a token. */
    static final Set<String> TABLES = Set.of("oauth_token", "oauth_app", "account", TableWrites.UNKNOWN_TABLE);

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, OAuthToken> tokens = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .recordStats()
            .build();

    private TokenCache() {}

    /** A cache emptied by this node's writes to {@link #TABLES}, and by the other nodes' through the bus. */
    public static TokenCache listeningTo(TableWrites writes, ClusterCaches caches) {
        TokenCache cache = new TokenCache();
        caches.register(CACHE, cache::forget);
        writes.subscribeTables(tables -> {
            if (tables.stream().anyMatch(TABLES::contains)) {
                cache.forget();
                caches.changed(CACHE);
            }
        });
        return cache;
    }

    /** The generation to read in: taken before the database is read. */
    long generation() {
        return generation.get();
    }

    /** The kept token for this hash, or null. */
    OAuthToken get(String hash) {
        return tokens.getIfPresent(hash);
    }

    /** Keeps a token read in generation {@code g}, unless a change has come since. */
    void put(String hash, OAuthToken token, long g) {
        if (generation.get() == g) {
            tokens.put(hash, token);
            if (generation.get() != g) {
                tokens.invalidate(hash);
            }
        }
    }

    /** Its hits and misses, for the metrics. */
    public MeterBinder meters() {
        return new CaffeineCacheMetrics<>(tokens, CACHE, List.of());
    }

    /** Forgets every kept token. */
    public void forget() {
        generation.incrementAndGet();
        tokens.invalidateAll();
    }
}
