package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.store.stream.StreamBus;
import dev.kakehashi.store.stream.StreamEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A cache another node names stale is dropped, and only that one, except after a reconnect; a
 * change on this node is told to the others without dropping this node's copy a second time.
 */
class ClusterCachesTest {
    /** The bus as seen by one node: what it sent, and a way to hear another node's notice. */
    private static final class Wire implements StreamBus {
        final List<String> sent = new ArrayList<>();
        final List<Consumer<String>> hearers = new ArrayList<>();

        void fromAnotherNode(String cache) {
            hearers.forEach(h -> h.accept(cache));
        }

        @Override
        public void start() {}

        @Override
        public void publish(StreamEvent event) {}

        @Override
        public void listen(Consumer<StreamEvent> listener) {}

        @Override
        public void invalidate(String cache) {
            sent.add(cache);
        }

        @Override
        public void onInvalidate(Consumer<String> listener) {
            hearers.add(listener);
        }

        @Override
        public boolean healthy() {
            return true;
        }

        @Override
        public void close() {}
    }

    private final Wire bus = new Wire();
    private final ClusterCaches caches = new ClusterCaches(bus);
    private final AtomicInteger settingsDropped = new AtomicInteger();
    private final AtomicInteger blocksDropped = new AtomicInteger();

    ClusterCachesTest() {
        caches.register("settings", settingsDropped::incrementAndGet);
        caches.register("blocklist", blocksDropped::incrementAndGet);
    }

    @Test
    void aCacheAnotherNodeChangedIsDroppedAndOnlyThatOne() {
        bus.fromAnotherNode("settings");
        assertThat(settingsDropped).hasValue(1);
        assertThat(blocksDropped).hasValue(0);
    }

    @Test
    void aChangeHereIsToldToTheOthersAndNotDroppedAgainHere() {
        caches.changed("settings");
        assertThat(bus.sent).containsExactly("settings");
        assertThat(settingsDropped).hasValue(0);
    }

    @Test
    void anUnknownNameFromAnotherNodeDropsNothing() {
        bus.fromAnotherNode("themes-of-a-newer-version");
        assertThat(settingsDropped).hasValue(0);
        assertThat(blocksDropped).hasValue(0);
    }

    @Test
    void afterAReconnectEveryCacheIsDropped() {
        bus.fromAnotherNode(StreamBus.ALL_CACHES);
        assertThat(settingsDropped).hasValue(1);
        assertThat(blocksDropped).hasValue(1);
    }
}
