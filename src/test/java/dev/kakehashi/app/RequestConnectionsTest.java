package dev.kakehashi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.PoolStats;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class RequestConnectionsTest {
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final IMetricsTracker tracker = new RequestConnections(registry).create("kakehashi", new PoolStats(0) {
        @Override
        protected void update() {}
    });

    double counted() {
        return registry.get("kakehashi.request.connections").counter().count();
    }

    @Test
    void countsTheConnectionsTakenWhileServingARequestOnly() throws Exception {
        tracker.recordConnectionAcquiredNanos(1_000);
        RequestConnections.serving(() -> {
            tracker.recordConnectionAcquiredNanos(1_000);
            tracker.recordConnectionAcquiredNanos(1_000);
        });
        tracker.recordConnectionAcquiredNanos(1_000);

        assertThat(counted()).isEqualTo(2.0);
        assertThat(registry.get("hikaricp.connections.acquire").timer().count())
                .as("the pool's own meter counts every connection")
                .isEqualTo(4);
    }

    @Test
    void aNestedRequestCountsAsTheOuterOneAndEndsWithIt() throws Exception {
        RequestConnections.serving(() -> {
            RequestConnections.serving(() -> tracker.recordConnectionAcquiredNanos(1_000));
            tracker.recordConnectionAcquiredNanos(1_000);
        });
        tracker.recordConnectionAcquiredNanos(1_000);

        assertThat(counted()).isEqualTo(2.0);
    }
}
