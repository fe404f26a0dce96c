package dev.kakehashi.mastodon.streaming;

import java.util.Collection;

/** One streaming connection, WebSocket or server-sent events, as the {@link StreamHub} sees it. */
public interface Subscriber {
    StreamingCaller caller();

    /** The streams it listens to now (a snapshot). */
    Collection<Subscription> subscriptions();

    /**
     * Queues one event for the client, never blocking; a client that cannot keep up is closed.
     *
     * @param payload the entity's JSON, the bare id of a deleted status, or {@link EventPayload#NONE}
     */
    void send(Subscription on, String event, String payload);

    /** Keeps the connection alive; {@code tick} counts the hub's 15-second beats. */
    void heartbeat(long tick);

    /** Ends the connection (the server is stopping). */
    void close();
}
