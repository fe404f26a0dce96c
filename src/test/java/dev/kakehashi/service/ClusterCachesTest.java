package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.store.stream.LocalStreamBus;
import dev.kakehashi.store.stream.StreamBus;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cache named stale on the bus is dropped; the others are kept, except after a reconnect. */
class ClusterCachesTest {
    private final LocalStreamBus bus = new LocalStreamBus();
    private final ClusterCaches caches = new ClusterCaches(bus);
    private final AtomicInteger settingsDropped = new AtomicInteger();
    private final AtomicInteger blocksDropped = new AtomicInteger();

    ClusterCachesTest() {
        caches.register("settings", settingsDropped::incrementAndGet);
        caches.register("blocklist", blocksDropped::incrementAndGet);
    }

    @Test
    void aChangedCacheIsDroppedAndOnlyThatOne() {
        caches.changed("settings");
        assertThat(settingsDropped).hasValue(1);
        assertThat(blocksDropped).hasValue(0);
    }

    @Test
    void anUnknownNameFromAnotherNodeDropsNothing() {
        bus.invalidate("themes-of-a-newer-version");
        assertThat(settingsDropped).hasValue(0);
        assertThat(blocksDropped).hasValue(0);
    }

    @Test
    void afterAReconnectEveryCacheIsDropped() {
        bus.invalidate(StreamBus.ALL_CACHES);
        assertThat(settingsDropped).hasValue(1);
        assertThat(blocksDropped).hasValue(1);
    }
}
