package dev.kakehashi.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.domain.event.NotificationCreated;
import dev.kakehashi.store.TableWrites;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

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
     * Tables no home timeline reads: queues, sessions, sign-in secrets, tokens (the bearer filter
     * checks them before any answer is looked up), notifications and read markers. Lower case.
     */
    static final Set<String> IGNORED = Set.of(
            "inbox_activity",
            "delivery",
            "outbox_activity",
            "remote_host",
            "web_session",
            "login_failure",
            "totp_secret",
            "recovery_code",
            "passkey",
            "passkey_challenge",
            "second_factor_failure",
            "known_device",
            "password_reset",
            "oauth_code",
            "oauth_token",
            "api_idempotency",
            "notification",
            "notification_email",
            "email_preference",
            "marker",
            "wp_import");

    /** One kept answer: always a 200. */
    public record Entry(long generation, byte[] body, String link) {}

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Entry e) -> key.length()
                    + e.body().length
                    + (e.link() == null ? 0 : e.link().length())
                    + 64)
            .expireAfterWrite(FRESH)
            .build();

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

    /** The generation to render in: read before the request touches the database. */
    public long generation() {
        return generation.get();
    }

    /** The kept answer of {@code accountId} to {@code query}, unless a change came after it was rendered. */
    public Entry get(long accountId, String query) {
        Entry e = entries.getIfPresent(key(accountId, query));
        return e != null && e.generation() == generation.get() ? e : null;
    }

    /** Keeps an answer rendered in {@code e.generation()}, unless a change has come since. */
    public void put(long accountId, String query, Entry e) {
        if (e.generation() == generation.get()) {
            String key = key(accountId, query);
            entries.put(key, e);
            if (e.generation() != generation.get()) {
                entries.invalidate(key);
            }
        }
    }

    /** Forgets every kept answer. */
    public void forget() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    private static String key(long accountId, String query) {
        return accountId + "?" + (query == null ? "" : query);
    }
}
