package dev.kakehashi.service;

import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.store.Transactions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed domain events. Services {@link #raise} them inside their transaction. In-transaction
 * subscribers (the federation outbox) write in that same transaction, so a published post and its
 * Create activity commit together or not at all. The other subscribers (plugins...) hear the event
 * after the commit; a failing one is logged and never undoes what was already committed.
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
    private final List<Subscription<?>> inTransaction = new CopyOnWriteArrayList<>();

    /** Hears events after their transaction committed. */
    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> listener) {
        subscriptions.add(new Subscription<>(type, listener));
    }

    /** Hears events inside their transaction; a failure rolls the whole change back. */
    public <E extends DomainEvent> void subscribeInTransaction(Class<E> type, Consumer<? super E> listener) {
        inTransaction.add(new Subscription<>(type, listener));
    }

    /** Raises an event from inside {@code tx}: in-transaction subscribers now, the others after commit. */
    public void raise(Transactions tx, DomainEvent event) {
        for (Subscription<?> s : inTransaction) {
            s.offer(event);
        }
        tx.afterCommit(() -> publish(event));
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
