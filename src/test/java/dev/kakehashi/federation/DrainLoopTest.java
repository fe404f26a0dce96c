package dev.kakehashi.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DrainLoopTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aKickWakesTheThreadLongBeforeItsPoll() throws Exception {
        CountDownLatch drained = new CountDownLatch(1);
        DrainLoop loop = new DrainLoop(
                "test-drain",
                HOUR,
                () -> {
                    drained.countDown();
                    return 1;
                },
                e -> {});
        loop.start();
        try {
            loop.kick();
            assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            loop.stop();
            loop.awaitStop();
        }
    }

    @Test
    void withoutAKickTheThreadDrainsEveryPoll() throws Exception {
        CountDownLatch drained = new CountDownLatch(3);
        DrainLoop loop = new DrainLoop(
                "test-drain",
                Duration.ofMillis(20),
                () -> {
                    drained.countDown();
                    return 0;
                },
                e -> {});
        loop.start();
        try {
            assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            loop.stop();
            loop.awaitStop();
        }
    }

    @Test
    void aFailedDrainIsReportedAndTheThreadGoesOn() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch failed = new CountDownLatch(1);
        CountDownLatch again = new CountDownLatch(1);
        DrainLoop loop = new DrainLoop(
                "test-drain",
                HOUR,
                () -> {
                    if (runs.incrementAndGet() == 1) {
                        throw new IllegalStateException("database gone");
                    }
                    again.countDown();
                    return 0;
                },
                e -> failed.countDown());
        loop.start();
        try {
            loop.kick();
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            loop.kick();
            assertThat(again.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            loop.stop();
            loop.awaitStop();
        }
    }

    @Test
    void aCallersDrainWaitsForTheOneUnderWay() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DrainLoop loop = new DrainLoop(
                "test-drain",
                HOUR,
                () -> {
                    most.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    concurrent.decrementAndGet();
                    return 1;
                },
                e -> {});
        loop.start();
        try {
            loop.kick();
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            Thread caller = new Thread(loop::drainNow);
            caller.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (caller.getState() != Thread.State.WAITING && most.get() < 2 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(most.get()).isEqualTo(1);
            release.countDown();
            caller.join(10_000);
            assertThat(caller.isAlive()).isFalse();
            assertThat(most.get()).isEqualTo(1);
        } finally {
            loop.stop();
            loop.awaitStop();
        }
    }

    @Test
    void stopEndsTheThreadAndTellsTheDrain() throws Exception {
        DrainLoop loop = new DrainLoop("test-drain-stop", HOUR, () -> 0, e -> {});
        loop.start();
        assertThat(alive("test-drain-stop")).isTrue();
        loop.stop();
        loop.awaitStop();
        assertThat(loop.stopped()).isTrue();
        assertThat(alive("test-drain-stop")).isFalse();
    }

    private static boolean alive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
