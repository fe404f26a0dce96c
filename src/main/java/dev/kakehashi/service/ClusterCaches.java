package dev.kakehashi.service;

import dev.kakehashi.store.stream.StreamBus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-memory caches that a change on any node makes stale. A cache registers how to drop its
 * copy under a name; the code that changed what it holds drops this node's copy itself and calls
 * {@link #changed} once the change committed, and every other node drops its copy. Only the name
 * crosses the bus, never the data: each node reads the database again. A node does not hear its own
 * notices, so its copy is dropped once, not twice.
 */
public final class ClusterCaches {
    private final StreamBus bus;
    private final Map<String, List<Runnable>> forgetters = new ConcurrentHashMap<>();

    public ClusterCaches(StreamBus bus) {
        this.bus = bus;
        bus.onInvalidate(this::forget);
    }

    /** Runs {@code forget} whenever another node announces that the cache {@code name} is stale. */
    public void register(String name, Runnable forget) {
        forgetters.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /**
     * Tells every other node that its copy of {@code name} is stale; call after the change committed,
     * having dropped this node's copy.
     */
    public void changed(String name) {
        bus.invalidate(name);
    }

    private void forget(String name) {
        if (StreamBus.ALL_CACHES.equals(name)) {
            forgetters.values().forEach(list -> list.forEach(Runnable::run));
        } else {
            forgetters.getOrDefault(name, List.of()).forEach(Runnable::run);
        }
    }
}
