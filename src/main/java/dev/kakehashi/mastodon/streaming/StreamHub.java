package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.store.stream.StreamEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's streaming connections. Hears each event from the bus, finds the subscriptions it
 * reaches, then loads and serializes the entity once for all of them, on one dispatcher thread (so a
 * post's request never waits for its subscribers). One more thread beats the heartbeats.
 */
public final class StreamHub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
    static final long BEAT_SECONDS = 15;

    /** Loads what an event is about, as the JSON a client gets; empty when it is gone. */
    public interface Content {
        Optional<String> status(long postId);

        Optional<String> notification(long accountId, long notificationId);
    }

    private record Target(Subscriber subscriber, Subscription subscription) {}

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Content content;
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(daemon("kakehashi-stream-dispatch"));
    private final ScheduledExecutorService beats =
            Executors.newSingleThreadScheduledExecutor(daemon("kakehashi-stream-heartbeat"));
    private final AtomicLong tick = new AtomicLong();

    public StreamHub(Content content) {
        this.content = content;
        beats.scheduleAtFixedRate(this::beat, BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    public void add(Subscriber s) {
        subscribers.add(s);
    }

    public void remove(Subscriber s) {
        subscribers.remove(s);
    }

    public int size() {
        return subscribers.size();
    }

    /** Hands the event to the dispatcher thread; returns at once. */
    public void onEvent(StreamEvent event) {
        dispatcher.execute(() -> {
            try {
                dispatch(event);
            } catch (RuntimeException e) {
                log.warn("Could not stream {}", event, e);
            }
        });
    }

    private void dispatch(StreamEvent e) {
        List<Target> targets = new ArrayList<>();
        for (Subscriber s : subscribers) {
            StreamingCaller caller = s.caller();
            if (e.type() == StreamEvent.Type.NOTIFICATION && !caller.allows("read:notifications")) {
                continue;
            }
            for (Subscription sub : s.subscriptions()) {
                if (StreamRouter.reaches(e, sub, caller.accountId())) {
                    targets.add(new Target(s, sub));
                }
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        Optional<String> payload =
                switch (e.type()) {
                    case DELETE -> Optional.of(Long.toString(e.id()));
                    case UPDATE, STATUS_UPDATE -> content.status(e.id());
                    case NOTIFICATION -> content.notification(e.accountId(), e.id());
                };
        if (payload.isEmpty()) {
            return;
        }
        String name = eventName(e.type());
        for (Target t : targets) {
            t.subscriber().send(t.subscription(), name, payload.get());
        }
    }

    /** Mastodon's event names. */
    static String eventName(StreamEvent.Type type) {
        return switch (type) {
            case UPDATE -> "update";
            case STATUS_UPDATE -> "status.update";
            case DELETE -> "delete";
            case NOTIFICATION -> "notification";
        };
    }

    private void beat() {
        long n = tick.incrementAndGet();
        for (Subscriber s : subscribers) {
            try {
                s.heartbeat(n);
            } catch (RuntimeException e) {
                log.debug("Heartbeat failed; closing that subscriber", e);
                remove(s);
                s.close();
            }
        }
    }

    @Override
    public void close() {
        beats.shutdownNow();
        dispatcher.shutdownNow();
        for (Subscriber s : subscribers) {
            s.close();
        }
        subscribers.clear();
    }
}
