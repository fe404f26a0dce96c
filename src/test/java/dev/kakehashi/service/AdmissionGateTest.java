package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.admission.AdmissionGate;
import dev.kakehashi.service.error.OverloadedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

public class AdmissionGateTest {
    /** Occupies every slot of {@code gate} until {@code release} opens; returns once they are held. */
    public static ExecutorService occupy(AdmissionGate gate, CountDownLatch release) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(gate.size());
        CountDownLatch held = new CountDownLatch(gate.size());
        for (int i = 0; i < gate.size(); i++) {
            pool.submit(() -> gate.run(() -> {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        assertThat(held.await(30, TimeUnit.SECONDS)).as("slots taken").isTrue();
        return pool;
    }

    @Test
    void aCallerBeyondTheSlotsIsTurnedAwayWith503AndRetryAfterOnceTheWaitIsOver() throws Exception {
        AdmissionGate gate = new AdmissionGate("testing", 2, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = occupy(gate, release);
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> gate.call(() -> "never")).isInstanceOfSatisfying(OverloadedException.class, e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.retryAfterSeconds()).isPositive();
                assertThat(e.getMessage()).contains("busy testing");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(gate.call(() -> "admitted")).isEqualTo("admitted");
    }

    @Test
    void aSlotIsGivenBackWhenTheWorkFails() {
        AdmissionGate gate = new AdmissionGate("testing", 1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.run(() -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(gate.call(() -> 42)).isEqualTo(42);
    }

    @Test
    void passwordChecksGoThroughTheHashingGateForKnownAndUnknownAccountsAlike() throws Exception {
        String hash = Passwords.hash("right-password-1");
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = occupy(Passwords.HASHING, release);
        try {
            assertThatThrownBy(() -> Passwords.matches("right-password-1", hash))
                    .isInstanceOf(OverloadedException.class);
            assertThatThrownBy(() -> Passwords.burnTime("any-password")).isInstanceOf(OverloadedException.class);
            assertThatThrownBy(() -> Passwords.hash("new-password-1")).isInstanceOf(OverloadedException.class);
        } finally {
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Passwords.matches("right-password-1", hash)).isTrue();
    }
}
