package dev.kakehashi.mastodon.streaming;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server-sent events connection held by an {@link AsyncContext}: no thread of its own; its
 * queued frames are written by the hub's small shared writer pool, one batch at a time. A write
 * failure or a client {@link #MAX_QUEUED} frames behind ends this connection only.
 */
final class SseSubscriber implements Subscriber {
    static final int MAX_QUEUED = 256;

    private final AsyncContext async;
    private final StreamingCaller caller;
    private final Subscription subscription;
    private final StreamHub hub;
    private final Executor writers;
    private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    SseSubscriber(
            AsyncContext async, StreamingCaller caller, Subscription subscription, StreamHub hub, Executor writers) {
        this.async = async;
        this.caller = caller;
        this.subscription = subscription;
        this.hub = hub;
        this.writers = writers;
    }

    @Override
    public StreamingCaller caller() {
        return caller;
    }

    @Override
    public Collection<Subscription> subscriptions() {
        return List.of(subscription);
    }

    /**
     * SSE carries the entity's JSON as it is (not double-encoded), one event per blank-line block; an
     * event without a payload says {@code undefined}, as Mastodon's streaming server writes it.
     */
    @Override
    public void send(Subscription on, String event, String payload) {
        String data = EventPayload.NONE.equals(payload) ? "undefined" : payload;
        write("event: " + event + "\ndata: " + data + "\n\n");
    }

    /** {@code :thump} every 15 s, as Mastodon's streaming server. */
    @Override
    public void heartbeat(long tick) {
        write(":thump\n\n");
    }

    /** Queues text for the writer pool. */
    void write(String text) {
        if (closed.get()) {
            return;
        }
        if (queued.incrementAndGet() > MAX_QUEUED) {
            close();
            return;
        }
        queue.add(text);
        if (writing.compareAndSet(false, true)) {
            writers.execute(this::flushQueue);
        }
    }

    private void flushQueue() {
        try {
            ServletOutputStream out = async.getResponse().getOutputStream();
            String next;
            while (!closed.get() && (next = queue.poll()) != null) {
                queued.decrementAndGet();
                out.write(next.getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException | RuntimeException e) {
            close();
            return;
        } finally {
            writing.set(false);
        }
        if (!queue.isEmpty() && !closed.get() && writing.compareAndSet(false, true)) {
            writers.execute(this::flushQueue);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        hub.remove(this);
        queue.clear();
        try {
            async.complete();
        } catch (IllegalStateException e) {
            // Already completed by the container.
        }
    }

    /** The container ended the request (client gone, error). */
    void ended() {
        if (closed.compareAndSet(false, true)) {
            hub.remove(this);
            queue.clear();
        }
    }
}
