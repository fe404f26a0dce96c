package dev.kakehashi.mastodon.streaming;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket connection: its own small send queue drained by the container's asynchronous sends
 * (one frame in flight at a time, no thread of its own); past {@link #MAX_QUEUED} waiting frames the
 * client is too slow and is closed, alone.
 */
final class WsSubscriber implements Subscriber {
    private static final Logger log = LoggerFactory.getLogger(WsSubscriber.class);
    static final int MAX_QUEUED = 256;
    private static final ByteBuffer PING = ByteBuffer.allocate(0);

    private final Session session;
    private final StreamingCaller caller;
    private final StreamHub hub;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    WsSubscriber(Session session, StreamingCaller caller, StreamHub hub) {
        this.session = session;
        this.caller = caller;
        this.hub = hub;
    }

    @Override
    public StreamingCaller caller() {
        return caller;
    }

    @Override
    public Collection<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    void subscribe(Subscription s) {
        subscriptions.add(s);
    }

    void unsubscribe(Subscription s) {
        subscriptions.remove(s);
    }

    @Override
    public void send(Subscription on, String event, String payload) {
        sendText(StreamFrames.event(on.streamArray(), event, payload));
    }

    void sendText(String text) {
        if (closed.get()) {
            return;
        }
        if (queued.incrementAndGet() > MAX_QUEUED) {
            log.info("Closing a streaming client that fell {} events behind", MAX_QUEUED);
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow"));
            return;
        }
        queue.add(text);
        drain();
    }

    private void drain() {
        while (!closed.get() && !queue.isEmpty() && sending.compareAndSet(false, true)) {
            String next = queue.poll();
            if (next == null) {
                sending.set(false);
                continue;
            }
            queued.decrementAndGet();
            try {
                session.getAsyncRemote().sendText(next, result -> {
                    sending.set(false);
                    if (result.isOK()) {
                        drain();
                    } else {
                        failed();
                    }
                });
            } catch (RuntimeException e) {
                sending.set(false);
                failed();
            }
            return;
        }
    }

    private void failed() {
        close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Send failed"));
    }

    /** A ping every other beat (30 s), as Mastodon's streaming server sends. */
    @Override
    public void heartbeat(long tick) {
        if (tick % 2 != 0 || closed.get()) {
            return;
        }
        try {
            session.getAsyncRemote().sendPing(PING.duplicate());
        } catch (IOException | RuntimeException e) {
            failed();
        }
    }

    @Override
    public void close() {
        close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "Server stopping"));
    }

    void close(CloseReason reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        hub.remove(this);
        queue.clear();
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Closing a WebSocket", e);
        }
    }

    /** The connection ended from the other side. */
    void ended() {
        if (closed.compareAndSet(false, true)) {
            hub.remove(this);
            queue.clear();
        }
    }
}
