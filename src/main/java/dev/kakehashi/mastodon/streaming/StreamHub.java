package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.filters.ActiveFilters;
import dev.kakehashi.store.stream.StreamEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Loads what an event is about, as a client gets it; empty when it is gone. */
    public interface Content {
        /** A published blog post, as {@code viewer} sees it (null: as no one in particular). */
        Optional<StatusEntity> status(long postId, Long viewer);

        /** A live remote post or boost, as {@code viewer} sees it (null: as no one in particular). */
        Optional<StatusEntity> remoteStatus(long id, Long viewer);

        /**
         * A live public post from elsewhere as {@code viewer} sees it on the federated timeline: empty
         * when they muted its author.
         */
        Optional<StatusEntity> federatedStatus(long id, long viewer);

        /** A notification, as JSON. */
        Optional<String> notification(long accountId, long notificationId);

        /** An author's conversation, as JSON. */
        Optional<String> conversation(long accountId, long conversationId);

        boolean ownsList(long accountId, long listId);

        /** Whether the author's list timeline shows the status. */
        boolean listShows(long accountId, long listId, long statusId);

        /** An author's filters as they apply now. */
        ActiveFilters filters(long accountId);

        /** The status with its filter matches, or null when a hide filter matches it. */
        StatusEntity judge(ActiveFilters active, FilterContext context, StatusEntity status);
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

    /**
     * Whether {@code caller} may listen to {@code s}: its scopes, and for a list that it is theirs.
     *
     * @return null when it may, else the error Mastodon's streaming server gives
     */
    String refusal(StreamingCaller caller, Subscription s) {
        String refusal = caller.refusal(s);
        if (refusal == null && s.kind() == StreamKind.LIST) {
            long list = Subscription.listId(s.param());
            if (list < 0 || !content.ownsList(caller.accountId(), list)) {
                return "Not authorized to stream this list";
            }
        }
        return refusal;
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
        Map<String, Boolean> lists = new HashMap<>();
        for (Subscriber s : subscribers) {
            StreamingCaller caller = s.caller();
            if (e.type() == StreamEvent.Type.NOTIFICATION && !caller.allows("read:notifications")) {
                continue;
            }
            for (Subscription sub : s.subscriptions()) {
                if (StreamRouter.reaches(e, sub, caller.accountId()) && inList(e, sub, lists)) {
                    targets.add(new Target(s, sub));
                }
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        Optional<EventPayload> payload = EventPayload.load(e, content);
        if (payload.isEmpty()) {
            return;
        }
        String name = eventName(e.type());
        for (Target t : targets) {
            payload.get()
                    .forSubscriber(
                            t.subscriber().caller().accountId(),
                            t.subscription().kind())
                    .ifPresent(p -> t.subscriber().send(t.subscription(), name, p));
        }
    }

    /**
     * Whether a remote status goes on a list stream: only if the list's timeline shows it (asked once
     * per list and event). A delete goes to the lists of those whose home showed it.
     */
    private boolean inList(StreamEvent e, Subscription sub, Map<String, Boolean> seen) {
        if (sub.kind() != StreamKind.LIST || e.type() == StreamEvent.Type.REMOTE_DELETE) {
            return true;
        }
        return seen.computeIfAbsent(
                sub.param(), list -> content.listShows(e.accountId(), Subscription.listId(list), e.id()));
    }

    /** Mastodon's event names. */
    static String eventName(StreamEvent.Type type) {
        return switch (type) {
            case UPDATE, REMOTE_UPDATE, FEDERATED_UPDATE -> "update";
            case STATUS_UPDATE, REMOTE_STATUS_UPDATE, FEDERATED_STATUS_UPDATE -> "status.update";
            case DELETE, REMOTE_DELETE, FEDERATED_DELETE -> "delete";
            case NOTIFICATION -> "notification";
            case CONVERSATION -> "conversation";
            case FILTERS_CHANGED -> "filters_changed";
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
