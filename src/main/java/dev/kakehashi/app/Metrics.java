package dev.kakehashi.app;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The Prometheus registry with JVM, process, connection-pool and HTTP request meters. Built only
 * when a metrics token is configured, so a site without metrics pays nothing for them.
 */
final class Metrics implements AutoCloseable {
    static final String HTTP_REQUESTS = "http.server.requests";

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;

    private Metrics(PrometheusMeterRegistry registry, JvmGcMetrics gc) {
        this.registry = registry;
        this.gc = gc;
    }

    /** @param nodeId tags every meter, so a scraper of several nodes tells them apart */
    static Metrics start(HikariDataSource pool, String nodeId) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("node", nodeId);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        // HikariCP publishes its own hikaricp_* meters through this factory, which also counts requests' connections.
        pool.setMetricsTrackerFactory(new RequestConnections(registry));
        return new Metrics(registry, gc);
    }

    /** Times every request; see {@link HttpMetricsFilter}. */
    HttpMetricsFilter httpFilter() {
        return new HttpMetricsFilter(registry);
    }

    /** Publishes more meters (a cache's hits and misses) once the thing they measure is built. */
    void bind(MeterBinder meters) {
        meters.bindTo(registry);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
