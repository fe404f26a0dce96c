package dev.kakehashi.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.domain.event.NotificationCreated;
import dev.kakehashi.store.TableWrites;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Home-timeline answers as sent (the JSON bytes and the {@code Link} header), per account and query:
 * a client polling its home timeline is answered without the database while nothing changed. Every
 * committed write to a table a home timeline may show or depend on empties it (a post, an edit, a
 * like, a count, a bookmark, a mute, a filter, a list: everything but the queues, sessions, tokens,
 * notifications and markers of {@link #IGNORED}), so do the domain events, and so, through
 * {@link ClusterCaches}, do the other nodes' writes. An answer rendered while a change was
 * committing is never kept: each carries the generation it was rendered in (as the anonymous page
 * cache does). What changes with the clock alone (a mute or a filter that expires, a poll that
 * closes) shows after at most {@link #FRESH}.
 */
public final class HomeTimelineCache {
    /** Its name on the cluster bus. */
    static final String CACHE = "home-timelines";
    /** How long an answer is kept at most, for what the clock alone changes. */
    static final Duration FRESH = Duration.ofSeconds(1);
    /** Bytes of answers kept at most; the least used go first. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * Tables no home timeline reads: {@link TableWrites#BOOKKEEPING}, the tokens (the bearer filter
     * checks them before any answer is looked up), notifications and read markers. Lower case.
     */
    static final Set<String> IGNORED = TableWrites.and(
            TableWrites.BOOKKEEPING, "oauth_token", "notification", "notification_email", "email_preference", "marker");

    /** One kept answer: always a 200. */
    public record Entry(long generation, byte[] body, String link) {}

    private final CacheGeneration generation = new CacheGeneration();
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Entry e) -> key.length()
                    + e.body().length
                    + (e.link() == null ? 0 : e.link().length())
                    + 64)
            .expireAfterWrite(FRESH)
            .recordStats()
            .build();
    /** The answers being rendered now, for the requests that ask for them meanwhile. */
    private final Map<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();

    private HomeTimelineCache() {}

    /** A cache emptied by this node's writes and domain events, and by the other nodes' through the bus. */
    public static HomeTimelineCache listeningTo(TableWrites writes, EventBus events, ClusterCaches caches) {
        HomeTimelineCache cache = new HomeTimelineCache();
        caches.register(CACHE, cache::forget);
        writes.subscribeTables(tables -> {
            if (!IGNORED.containsAll(tables)) {
                cache.forget();
                caches.changed(CACHE);
            }
        });
        events.subscribe(DomainEvent.class, e -> {
            if (!(e instanceof NotificationCreated)) {
                cache.forget();
                caches.changed(CACHE);
            }
        });
        return cache;
    }

    /**
     * The answer of {@code accountId} to {@code query}: the kept one unless a change came after it
     * was rendered, else {@code render} called with the generation it renders in. Requests for the
     * same answer that arrive while it is being rendered wait for that rendering rather than start
     * their own (an expired answer under load would otherwise be rendered by every waiting request
     * at once), and take it only if it began after every change they must see.
     */
    public Entry answer(long accountId, String query, LongFunction<Entry> render) {
        long start = generation.current();
        String key = key(accountId, query);
        Entry kept = entries.getIfPresent(key);
        if (kept != null) {
            // Rendered after every change this request must see: a request that began before a
            // change takes the answer rendered since, rather than throw it away and render its own.
            if (kept.generation() >= start) {
                return kept;
            }
            entries.asMap().remove(key, kept);
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            Entry shared = running.exceptionally(failure -> null).join();
            return shared != null && shared.generation() >= start ? shared : render.apply(start);
        }
        try {
            // A rendering that ended between this request's look-up and its claim has kept its answer.
            Entry justKept = entries.asMap().get(key);
            if (justKept != null && justKept.generation() >= start) {
                mine.complete(justKept);
                return justKept;
            }
            Entry e = render.apply(start);
            mine.complete(e);
            generation.keep(entries, key, e, e.generation());
            return e;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** Its hits and misses, for the metrics. */
    public MeterBinder meters() {
        return new CaffeineCacheMetrics<>(entries, CACHE, List.of());
    }

    /** Forgets every kept answer. */
    public void forget() {
        generation.advance();
        entries.invalidateAll();
    }

    private static String key(long accountId, String query) {
        return accountId + "?" + (query == null ? "" : query);
    }
}
