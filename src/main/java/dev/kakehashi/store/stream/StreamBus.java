package dev.kakehashi.store.stream;

import java.util.function.Consumer;

/**
 * Carries {@link StreamEvent}s to the streaming subscribers of every node: in-process with H2 (one
 * node), over PostgreSQL {@code LISTEN/NOTIFY} when several nodes share one database. Events are
 * published after their transaction committed. A second, smaller channel carries the names of
 * in-memory caches that a change made stale, so every other node drops its copy (the node that
 * made the change has dropped its own already, and does not hear its notice again).
 */
public interface StreamBus extends AutoCloseable {
    /** The name a node hears when it may have missed invalidations (it was not listening). */
    String ALL_CACHES = "*";

    /** Starts hearing other nodes; listeners may be added before. */
    void start();

    /** Sends the event to every node's listeners, this one's included. */
    void publish(StreamEvent event);

    /** Hears every event published on any node. Listeners must be quick and must not throw. */
    void listen(Consumer<StreamEvent> listener);

    /**
     * Tells every other node that its copy of the named cache is stale. This node does not hear it:
     * the caller drops its own copy itself, at once.
     */
    void invalidate(String cache);

    /**
     * Hears the name of each cache made stale on another node, or {@link #ALL_CACHES} after this node
     * (re)connected, since it may have missed some. Listeners must be quick and must not throw.
     */
    void onInvalidate(Consumer<String> listener);

    /** Whether events currently flow (for health reports). */
    boolean healthy();

    @Override
    void close();
}
