package dev.kakehashi.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    final RetryPolicy policy = new RetryPolicy(RandomGenerator.of("L64X128MixRandom"));

    RetryPolicy.Verdict judge(Integer status) {
        return policy.judge(Optional.ofNullable(status), Optional.empty(), "", 0, NOW, NOW);
    }

    @Test
    void everyTwoHundredIsDelivered() {
        assertThat(judge(200)).isInstanceOf(RetryPolicy.Delivered.class);
        assertThat(judge(202)).isInstanceOf(RetryPolicy.Delivered.class);
        assertThat(judge(204)).isInstanceOf(RetryPolicy.Delivered.class);
    }

    @Test
    void goneRemovesTheInbox() {
        assertThat(judge(410)).isInstanceOf(RetryPolicy.Gone.class);
    }

    @Test
    void clientErrorsArePermanentExceptUnauthorizedTimeoutAndTooManyRequests() {
        for (int status : new int[] {400, 403, 404, 405, 413, 422}) {
            assertThat(judge(status)).as("HTTP %d", status).isInstanceOf(RetryPolicy.Permanent.class);
        }
        for (int status : new int[] {401, 408, 429, 500, 502, 503, 504}) {
            assertThat(judge(status)).as("HTTP %d", status).isInstanceOf(RetryPolicy.Retry.class);
        }
    }

    @Test
    void noAnswerAtAllIsRetried() {
        assertThat(judge(null)).isInstanceOf(RetryPolicy.Retry.class);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterAndIsCapped() {
        Duration first = policy.backoff(0);
        assertThat(first).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));
        assertThat(policy.backoff(3)).isBetween(Duration.ofSeconds(192), Duration.ofSeconds(288));
        assertThat(policy.backoff(30)).isBetween(Duration.ofMinutes(576), Duration.ofMinutes(864));
    }

    @Test
    void retryAfterLaterThanTheBackoffIsHonoured() {
        Instant later = NOW.plus(Duration.ofHours(1));
        var verdict = policy.judge(Optional.of(429), Optional.of(later), "slow down", 0, NOW, NOW);
        assertThat(((RetryPolicy.Retry) verdict).at()).isEqualTo(later);
    }

    @Test
    void retriesStopAboutTwoDaysAfterTheRowWasQueued() {
        Instant queued = NOW.minus(Duration.ofHours(47));
        var verdict = policy.judge(Optional.of(503), Optional.empty(), "down", 12, queued, NOW);
        assertThat(verdict).isInstanceOf(RetryPolicy.Permanent.class);
        assertThat(((RetryPolicy.Permanent) verdict).reason()).contains("gave up");
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(RetryAfter.parse("120", NOW)).contains(NOW.plusSeconds(120));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 11:00:00 GMT", NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    }

    @Test
    void aHostIsPausedOnlyAfterManyFailuresInARowAndThePauseIsBounded() {
        assertThat(HostPause.after(HostPause.THRESHOLD - 1)).isEmpty();
        assertThat(HostPause.after(HostPause.THRESHOLD)).contains(Duration.ofMinutes(1));
        assertThat(HostPause.after(HostPause.THRESHOLD + 3)).contains(Duration.ofMinutes(8));
        assertThat(HostPause.after(1000)).contains(HostPause.MAX);
    }
}
