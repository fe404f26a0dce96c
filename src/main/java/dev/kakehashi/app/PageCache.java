package dev.kakehashi.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.domain.event.NotificationCreated;
import dev.kakehashi.domain.event.PasswordChanged;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.store.TableWrites;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole anonymous answers (pages, feeds, public documents) as the bytes sent, with their headers,
 * keyed by URL, Accept and theme. Every change a reader could see empties it ({@link #invalidateAll}):
 * the domain events, every committed write to a shown table, and, on a cluster, the other nodes'
 * changes once the cross-node bus calls it. An answer rendered while a change was committing is
 * never kept: each entry carries the generation it was rendered in, and a later generation hides it.
 */
public final class PageCache {
    /** Bytes of answers kept at most; the least used go first. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** A larger answer is sent but not kept. */
    static final int MAX_ENTRY_BYTES = 512 * 1024;

    /** One kept answer: always a 200. */
    record Entry(long generation, String contentType, Map<String, List<String>> headers, byte[] body, String etag) {}

    /** Its name on the cluster bus ({@link dev.kakehashi.service.ClusterCaches}). */
    static final String CACHE_NAME = "pages";

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Entry e) -> key.length() + e.body().length + 512)
            .build();

    /**
     * A cache emptied by every domain event readers could see and by every committed unit of work
     * that wrote a table they are shown (which also covers changes that raise no event).
     */
    static PageCache listeningTo(EventBus events, TableWrites writes) {
        PageCache cache = new PageCache();
        events.subscribe(DomainEvent.class, e -> {
            if (!(e instanceof NotificationCreated || e instanceof PasswordChanged)) {
                cache.invalidateAll();
            }
        });
        writes.subscribe(cache::invalidateAll);
        return cache;
    }

    /** The generation to render in: read before the request touches the database. */
    long generation() {
        return generation.get();
    }

    /** The kept answer for {@code key}, unless a change came after it was rendered. */
    Entry get(String key) {
        Entry e = entries.getIfPresent(key);
        return e != null && e.generation() == generation.get() ? e : null;
    }

    /** Keeps an answer rendered in {@code e.generation()}, unless a change has come since. */
    void put(String key, Entry e) {
        if (e.generation() == generation.get()) {
            entries.put(key, e);
        }
    }

    /**
     * Forgets every kept answer. Called on this node's changes; a cross-node bus calls it on every
     * node when any node changes something readers see.
     */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
