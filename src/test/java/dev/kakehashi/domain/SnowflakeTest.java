package dev.kakehashi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class SnowflakeTest {
    @Test
    void idsIncreaseStrictlyEvenWithinOneMillisecond() {
        long previous = Snowflake.next();
        for (int i = 0; i < 100_000; i++) {
            long id = Snowflake.next();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void idsCarryTheirCreationTime() {
        Instant before = Instant.now();
        long id = Snowflake.next();
        Instant after = Instant.now();
        assertThat(Snowflake.timeOf(id)).isBetween(before.minusMillis(1), after.plusMillis(1));
    }

    @Test
    void atTimeIsALowerBoundForIdsMintedFromThatInstant() throws InterruptedException {
        Instant cut = Instant.now();
        Thread.sleep(2);
        long later = Snowflake.next();
        assertThat(later).isGreaterThanOrEqualTo(Snowflake.atTime(cut));
        assertThat(Snowflake.atTime(cut.minusSeconds(60))).isLessThan(later);
    }

    @Test
    void concurrentThreadsNeverGetTheSameId() throws InterruptedException {
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    ids.add(Snowflake.next());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        Set<Long> unique = new HashSet<>(ids);
        assertThat(unique).hasSize(80_000);
        assertThat(ids).allMatch(id -> id > 0);
    }
}
