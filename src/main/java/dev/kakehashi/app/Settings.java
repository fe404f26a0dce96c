package dev.kakehashi.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every setting Kakehashi reads at start-up, typed and checked. Built once by {@link
 * SettingsLoader}; nothing else reads the environment.
 *
 * @param baseUrl the public origin every URL and federation id is minted from, without a trailing
 *     slash
 * @param dataDir where the H2 database, uploads, plugins and extra themes live
 * @param metricsToken when present, {@code /metrics} answers to {@code Authorization: Bearer
 *     <token>}; when absent, metrics are off
 */
public record Settings(
        URI baseUrl,
        Path dataDir,
        Database database,
        Optional<FirstAdmin> firstAdmin,
        boolean allowPrivateNetworks,
        Optional<String> metricsToken,
        long maxUploadBytes,
        DeliveryTiming deliveryTiming) {

    /**
     * Delivery timings, for tests that cannot wait: the first retry's delay (30 s) and the lease on
     * claimed delivery rows (5 min), after which a crashed worker's rows are sent again.
     */
    public record DeliveryTiming(java.time.Duration firstRetry, java.time.Duration lease) {}

    /** How to reach the database; {@code url} is a JDBC URL. */
    public record Database(String url, String user, String password) {
        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    /** The administrator created at start-up when no account exists yet (headless set-up). */
    public record FirstAdmin(String username, String password, String email) {}
}
