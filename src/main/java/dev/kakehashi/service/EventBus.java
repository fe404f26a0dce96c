package dev.kakehashi.service;

import dev.kakehashi.domain.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed domain events. Services publish after their transaction commits; the federation layer and
 * plugins subscribe. A failing subscriber is logged and never undoes what was already committed.
 */
public final class EventBus {
    private static final Logger log = LoggerFactory.getLogger(EventBus.class);

    private record Subscription<E extends DomainEvent>(Class<E> type, Consumer<? super E> listener) {
        void offer(DomainEvent event) {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        }
    }

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> listener) {
        subscriptions.add(new Subscription<>(type, listener));
    }

    public void publish(DomainEvent event) {
        for (Subscription<?> s : subscriptions) {
            try {
                s.offer(event);
            } catch (RuntimeException e) {
                log.warn("Listener for {} failed", event, e);
            }
        }
    }
}
