package dev.kakehashi.service;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rule of a cache that changes empty: a value read while a change was committing is never kept.
 * A read takes {@link #current()} before it touches the database; a change {@link #advance}s the
 * generation and then empties the cache; {@link #keep} puts a value only if no change came since its
 * read began, and takes it out again if one came during the put.
 */
public final class CacheGeneration {
    private final AtomicLong current = new AtomicLong();

    /** The generation a read begins in: taken before the database is read. */
    public long current() {
        return current.get();
    }

    /** A change committed: what was read before it is stale. Empty the cache after calling this. */
    public void advance() {
        current.incrementAndGet();
    }

    /** Keeps {@code value} read in generation {@code readIn}, unless a change has come since; true if kept. */
    public <K, V> boolean keep(Cache<K, V> cache, K key, V value, long readIn) {
        if (current.get() != readIn) {
            return false;
        }
        cache.put(key, value);
        // A change may have emptied the cache between the check and the put: undo the put then.
        if (current.get() != readIn) {
            cache.asMap().remove(key, value);
            return false;
        }
        return true;
    }
}
