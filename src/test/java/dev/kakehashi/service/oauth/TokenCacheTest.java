package dev.kakehashi.service.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.OAuthToken;
import dev.kakehashi.service.ClusterCaches;
import dev.kakehashi.store.TableWrites;
import dev.kakehashi.store.stream.LocalStreamBus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A token's use is noted by one request a minute, however many find it due at once. */
class TokenCacheTest {
    static final Duration MINUTE = Duration.ofMinutes(1);
    static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

    static TokenCache cache() {
        return TokenCache.listeningTo(new TableWrites(), new ClusterCaches(new LocalStreamBus()));
    }

    static OAuthToken lastUsed(Instant at) {
        return new OAuthToken(7, 1, 2L, Set.of("read"), NOW.minus(Duration.ofDays(1)), at);
    }

    @Test
    void oneOfManyConcurrentRequestsClaimsADueUse() throws Exception {
        TokenCache cache = cache();
        OAuthToken token = lastUsed(NOW.minusSeconds(90));
        int n = 16;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier together = new CyclicBarrier(n);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                claims.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return cache.claimUse(token, NOW, MINUTE);
                }));
            }
            int won = 0;
            for (Future<Boolean> c : claims) {
                won += c.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aUseIsDueAgainAMinuteAfterTheLastOneNoted() {
        TokenCache cache = cache();
        assertThat(cache.claimUse(lastUsed(NOW.minusSeconds(30)), NOW, MINUTE)).isFalse();
        assertThat(cache.claimUse(lastUsed(NOW.minusSeconds(30)), NOW.plusSeconds(31), MINUTE))
                .isTrue();
        // The token kept in memory still says 30 s before NOW; the use noted in memory decides.
        assertThat(cache.claimUse(lastUsed(NOW.minusSeconds(30)), NOW.plusSeconds(60), MINUTE))
                .isFalse();
        assertThat(cache.claimUse(lastUsed(NOW.minusSeconds(30)), NOW.plusSeconds(92), MINUTE))
                .isTrue();
        assertThat(cache.claimUse(lastUsed(null), NOW.plusSeconds(93), MINUTE)).isFalse();
    }

    @Test
    void aTokenNeverUsedIsDueAtOnce() {
        assertThat(cache().claimUse(lastUsed(null), NOW, MINUTE)).isTrue();
    }
}
