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
 * @param smtp the mail server for e-mail notifications; absent (no host set) means no e-mail
 * @param resetPasswordFor a username or e-mail whose one-time password reset link is logged at
 *     start-up (for owners without e-mail); remove the setting once used
 * @param importPace the batch size, time budget and upload limit of WordPress imports
 * @param apiRateLimit Mastodon API requests allowed per token (or address) in 5 minutes; Mastodon's
 *     300 by default
 * @param scheduleMinLead how far ahead a status scheduled through the Mastodon API must be;
 *     Mastodon's 5 minutes by default (tests shorten it)
 * @param secretKey the AES key that seals secrets stored in the database (see {@link
 *     SecretKeySetting})
 * @param nodeId this JVM's name in a cluster (see {@link NodeId}): shown on {@code /health}, in
 *     metrics and in the job scheduler's instance id
 * @param mediaPace how apps' uploads through {@code POST /api/v2/media} are processed
 * @param importH2 an old data folder whose H2 blog start-up moves into the (empty) PostgreSQL
 *     database, once (see {@link H2Move})
 */
public record Settings(
        URI baseUrl,
        Path dataDir,
        Database database,
        Optional<FirstAdmin> firstAdmin,
        boolean allowPrivateNetworks,
        Optional<String> metricsToken,
        long maxUploadBytes,
        DeliveryTiming deliveryTiming,
        Optional<Smtp> smtp,
        Optional<String> resetPasswordFor,
        ImportPace importPace,
        int apiRateLimit,
        java.time.Duration scheduleMinLead,
        javax.crypto.SecretKey secretKey,
        String nodeId,
        MediaPace mediaPace,
        Optional<Path> importH2) {

    /**
     * How {@code POST /api/v2/media} processes: pictures of at most {@code inlineMaxPixels} (4
     * megapixels, a large screenshot) within the request, larger ones by the media processing job,
     * which looks for them {@code every} 2 s. Tests set 1 pixel and an hour, so that an upload
     * stays processing until they run the due jobs.
     */
    public record MediaPace(long inlineMaxPixels, java.time.Duration every) {}

    /**
     * How a WordPress import goes: items per transaction (50) and how long one job run keeps going
     * (20 s), which tests make small to stop an import half-way; and the largest export the import
     * page takes (512 MiB), streamed to the data folder rather than held in memory like other
     * uploads, so it has its own limit rather than {@code max.upload.bytes}.
     */
    public record ImportPace(int batch, java.time.Duration budget, long maxUploadBytes) {}

    /**
     * Delivery timings, for tests that cannot wait: the first retry's delay (30 s) and the lease on
     * claimed delivery rows (5 min), after which a crashed worker's rows are sent again.
     */
    public record DeliveryTiming(java.time.Duration firstRetry, java.time.Duration lease) {}

    /** How the connection to the SMTP server is secured. */
    public enum SmtpTls {
        /** Plain SMTP (a relay on localhost). */
        NONE,
        /** Plain connection upgraded with STARTTLS, which the server must offer (port 587). */
        STARTTLS,
        /** TLS from the first byte, "SMTPS" (port 465). */
        TLS
    }

    /**
     * The SMTP server e-mail notifications go through, and how often and how much they may send.
     *
     * @param username empty when the server takes mail without logging in
     * @param from the sender address, checked to be a valid address
     * @param digestInterval how often the digest job looks for notifications to send (5 min)
     * @param maxPerHour at most this many digest mails to one author in any hour (4)
     */
    public record Smtp(
            String host,
            int port,
            Optional<String> username,
            Optional<String> password,
            SmtpTls tls,
            String from,
            java.time.Duration digestInterval,
            int maxPerHour) {
        @Override
        public String toString() {
            // Never print the password, even in a debug log of the settings.
            return "Smtp[" + host + ":" + port + ", " + tls + ", from " + from + "]";
        }
    }

    /** How to reach the database; {@code url} is a JDBC URL. */
    public record Database(String url, String user, String password) {
        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    /** The administrator created at start-up when no account exists yet (headless set-up). */
    public record FirstAdmin(String username, String password, String email) {}
}
