package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PerKeyRateLimitTest {
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void oneRefreshPerKeyPerMinute() {
        MovableClock clock = new MovableClock();
        PerKeyRateLimit limit = new PerKeyRateLimit(Duration.ofMinutes(1), clock);
        assertThat(limit.tryAcquire("https://a.example/users/x#main-key")).isTrue();
        assertThat(limit.tryAcquire("https://a.example/users/x#main-key")).isFalse();
        assertThat(limit.tryAcquire("https://b.example/users/y#main-key")).isTrue();
        clock.now = clock.now.plusSeconds(59);
        assertThat(limit.tryAcquire("https://a.example/users/x#main-key")).isFalse();
        clock.now = clock.now.plusSeconds(2);
        assertThat(limit.tryAcquire("https://a.example/users/x#main-key")).isTrue();
    }
}
