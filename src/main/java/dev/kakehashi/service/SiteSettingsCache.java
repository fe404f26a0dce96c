package dev.kakehashi.service;

import dev.kakehashi.domain.event.SettingsChanged;
import dev.kakehashi.store.SiteSettingRepository;
import dev.kakehashi.store.Transactions;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code site_setting} rows in memory: WebFinger, actor documents and every page read them, so
 * they come from the database at most once a second. Every write goes through {@link #put}, which
 * raises {@link SettingsChanged}; once it commits, this cache drops its copy and tells the other
 * nodes through {@link ClusterCaches}, so every node sees the change on its next read. Should a
 * notice be lost, a copy is still read again within the second.
 */
public final class SiteSettingsCache {
    /** How long a read stays fresh without any event: the bound for changes made on other nodes. */
    private static final long FRESH_NANOS = 1_000_000_000L;
    /** The name under which nodes tell each other that settings changed. */
    static final String CACHE = "settings";

    private record Snapshot(Map<String, String> values, long readAtNanos, long generation) {}

    private final Transactions tx;
    private final SiteSettingRepository settings;
    private final EventBus events;
    /** Raised by every change, so a read that raced with a change is never kept. */
    private final AtomicLong generation = new AtomicLong();
    /** Transactions that wrote settings and have not ended: their own reads see uncommitted rows. */
    private final AtomicInteger writing = new AtomicInteger();

    private volatile Snapshot cached;

    public SiteSettingsCache(Transactions tx, SiteSettingRepository settings, EventBus events, ClusterCaches caches) {
        this.tx = tx;
        this.settings = settings;
        this.events = events;
        caches.register(CACHE, this::forget);
        events.subscribe(SettingsChanged.class, e -> {
            forget();
            caches.changed(CACHE);
        });
    }

    /** Every setting by name, as committed (or as written by the caller's own transaction). */
    public Map<String, String> all() {
        long g = generation.get();
        Snapshot s = cached;
        if (s != null && s.generation() == g && System.nanoTime() - s.readAtNanos() < FRESH_NANOS) {
            return s.values();
        }
        Map<String, String> values = Collections.unmodifiableMap(new HashMap<>(tx.call(settings::all)));
        if (writing.get() == 0 && generation.get() == g) {
            cached = new Snapshot(values, System.nanoTime(), g);
        }
        return values;
    }

    /** One setting, or null when it was never set. */
    public String get(String name) {
        return all().get(name);
    }

    /** Stores one setting in the caller's transaction; the change is announced once it commits. */
    public void put(String name, String value) {
        tx.call(() -> {
            writing.incrementAndGet();
            forget();
            Runnable ended = () -> {
                writing.decrementAndGet();
                forget();
            };
            tx.afterCommit(ended);
            tx.afterRollback(ended);
            settings.put(name, value);
            events.raise(tx, new SettingsChanged(name));
            return null;
        });
    }

    private void forget() {
        generation.incrementAndGet();
        cached = null;
    }
}
