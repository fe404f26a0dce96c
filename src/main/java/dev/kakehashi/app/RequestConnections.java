package dev.kakehashi.app;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * The pool's own {@code hikaricp_*} meters, plus {@code kakehashi_request_connections_total}: the
 * connections taken while serving a request, apart from those of the jobs and drain loops, so that
 * what requests cost the database can be read on a busy node. {@link HttpMetricsFilter} says which
 * thread serves a request; the pool records an acquisition on the thread that takes the connection.
 */
final class RequestConnections implements MetricsTrackerFactory {
    static final String METER = "kakehashi.request.connections";
    private static final ThreadLocal<Boolean> SERVING = ThreadLocal.withInitial(() -> false);

    private final MetricsTrackerFactory pool;
    private final Counter taken;

    RequestConnections(MeterRegistry registry) {
        this.pool = new MicrometerMetricsTrackerFactory(registry);
        this.taken = Counter.builder(METER)
                .description("Pool connections taken while serving a request")
                .register(registry);
    }

    /** Runs {@code request} counting the connections it takes (a nested call counts once, as the outer). */
    static void serving(Request request) throws IOException, ServletException {
        boolean outer = !SERVING.get();
        SERVING.set(true);
        try {
            request.run();
        } finally {
            if (outer) {
                SERVING.remove();
            }
        }
    }

    /** A request's work, with the exceptions a servlet filter chain throws. */
    interface Request {
        void run() throws IOException, ServletException;
    }

    @Override
    public IMetricsTracker create(String poolName, PoolStats stats) {
        IMetricsTracker tracker = pool.create(poolName, stats);
        return new IMetricsTracker() {
            @Override
            public void recordConnectionCreatedMillis(long millis) {
                tracker.recordConnectionCreatedMillis(millis);
            }

            @Override
            public void recordConnectionAcquiredNanos(long nanos) {
                tracker.recordConnectionAcquiredNanos(nanos);
                if (SERVING.get()) {
                    taken.increment();
                }
            }

            @Override
            public void recordConnectionUsageMillis(long millis) {
                tracker.recordConnectionUsageMillis(millis);
            }

            @Override
            public void recordConnectionTimeout() {
                tracker.recordConnectionTimeout();
            }

            @Override
            public void close() {
                tracker.close();
            }
        };
    }
}
