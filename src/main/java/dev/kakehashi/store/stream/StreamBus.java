package dev.kakehashi.store.stream;

import java.util.function.Consumer;

/**
 * Carries {@link StreamEvent}s to the streaming subscribers of every node: in-process with H2 (one
 * node), over PostgreSQL {@code LISTEN/NOTIFY} when several nodes share one database. Events are
 * published after their transaction committed.
 */
public interface StreamBus extends AutoCloseable {
    /** Sends the event to every node's listeners, this one's included. */
    void publish(StreamEvent event);

    /** Hears every event published on any node. Listeners must be quick and must not throw. */
    void listen(Consumer<StreamEvent> listener);

    /** Whether events currently flow (for health reports). */
    boolean healthy();

    @Override
    void close();
}
