package dev.kakehashi.store.stream;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus of a single node (H2): events go straight to this JVM's listeners; there is no other node
 * whose caches could go stale.
 */
public final class LocalStreamBus implements StreamBus {
    private static final Logger log = LoggerFactory.getLogger(LocalStreamBus.class);

    private final List<Consumer<StreamEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void start() {
        // nothing to connect to
    }

    @Override
    public void publish(StreamEvent event) {
        deliver(listeners, event);
    }

    static <T> void deliver(List<Consumer<T>> listeners, T event) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("Stream listener failed on {}", event, e);
            }
        }
    }

    @Override
    public void listen(Consumer<StreamEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void invalidate(String cache) {
        // no other node to tell
    }

    @Override
    public void onInvalidate(Consumer<String> listener) {
        // nothing is ever made stale by another node
    }

    @Override
    public boolean healthy() {
        return true;
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
