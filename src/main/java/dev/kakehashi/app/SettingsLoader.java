package dev.kakehashi.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads and checks {@link Settings}; a bad value stops start-up with a message naming its key. */
public final class SettingsLoader {
    static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    static final long DEFAULT_IMPORT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    private SettingsLoader() {}

    public static Settings load(SettingsSource source, Path defaultDataDir) {
        Path dataDir =
                source.get("data.dir").map(Path::of).orElse(defaultDataDir).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw bad("data.dir", "cannot create the folder " + dataDir + " (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dataDir)) {
            throw bad("data.dir", "the folder " + dataDir + " is not writable");
        }
        source.loadFile(dataDir);

        URI baseUrl = baseUrl(source.get("base.url").orElse("http://localhost:8080"));
        // H2 writes commits to its file in the background, up to 500 ms late, unless WRITE_DELAY=0: a
        // killed JVM (OOM killer, a container stopped hard) then loses commits it had confirmed, so a
        // published post could vanish and a delivery acknowledged by a peer be sent again. With
        // WRITE_DELAY=0 the committing thread writes, and an interrupted thread would close a plain
        // file channel and with it the database: async: (AsynchronousFileChannel) is not interruptible.
        String dbUrl = source.get("db.url").orElse(h2Url(dataDir));
        if (!dbUrl.startsWith("jdbc:h2:") && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw bad("db.url", "must be a jdbc:h2: or jdbc:postgresql: URL, got " + dbUrl);
        }
        var database = new Settings.Database(
                dbUrl,
                source.get("db.user").orElse(dbUrl.startsWith("jdbc:h2:") ? "sa" : ""),
                source.get("db.password").orElse(""));

        Optional<Settings.FirstAdmin> firstAdmin = firstAdmin(source);
        Optional<Path> importH2 = source.get(H2Move.KEY).map(v -> Path.of(v).toAbsolutePath());
        if (importH2.isPresent() && source.get("secret.key").isEmpty()) {
            H2Move.adoptSecretKey(importH2.get(), dataDir);
        }
        return new Settings(
                baseUrl,
                dataDir,
                database,
                firstAdmin,
                bool(source, "allow.private.networks", false),
                source.get("metrics.token"),
                positiveLong(source, "max.upload.bytes", DEFAULT_MAX_UPLOAD_BYTES),
                new Settings.DeliveryTiming(
                        Duration.ofMillis(positiveLong(source, "delivery.first.retry.millis", 30_000)),
                        Duration.ofMillis(positiveLong(source, "delivery.lease.millis", 300_000))),
                SmtpSettings.load(source, baseUrl),
                source.get("reset.password.for"),
                new Settings.ImportPace(
                        (int) Math.min(10_000, positiveLong(source, "import.batch", 50)),
                        Duration.ofMillis(positiveLong(source, "import.budget.millis", 20_000)),
                        positiveLong(source, "import.max.upload.bytes", DEFAULT_IMPORT_MAX_UPLOAD_BYTES)),
                (int) Math.min(Integer.MAX_VALUE, positiveLong(source, "api.rate.limit", 300)),
                Duration.ofSeconds(positiveLong(source, "schedule.min.lead.seconds", 300)),
                SecretKeySetting.load(source, dataDir),
                NodeId.load(source),
                new Settings.MediaPace(
                        positiveLong(source, "media.inline.max.pixels", 16_777_216),
                        Duration.ofMillis(positiveLong(source, "media.processing.every.millis", 2_000))),
                importH2);
    }

    /** The H2 database in a data folder (the default database, and the source of {@link H2Move}). */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:async:" + dataDir.resolve("db").resolve("kakehashi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    private static URI baseUrl(String raw) {
        URI uri;
        try {
            uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
        } catch (URISyntaxException e) {
            throw bad("base.url", "is not a URL: " + raw);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw bad("base.url", "must be an http(s) origin such as https://blog.example.com, got " + raw);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw bad("base.url", "must be an origin without a path (deploy as ROOT.war), got " + raw);
        }
        return uri;
    }

    private static Optional<Settings.FirstAdmin> firstAdmin(SettingsSource source) {
        Optional<String> user = source.get("admin.username");
        Optional<String> password = source.get("admin.password");
        Optional<String> email = source.get("admin.email");
        if (user.isEmpty() && password.isEmpty() && email.isEmpty()) {
            return Optional.empty();
        }
        String missing = user.isEmpty() ? "admin.username" : password.isEmpty() ? "admin.password" : null;
        if (missing != null) {
            throw bad(missing, "is required when any KAKEHASHI_ADMIN_* setting is given");
        }
        return Optional.of(
                new Settings.FirstAdmin(user.get(), password.get(), email.orElse(user.get() + "@localhost")));
    }

    private static boolean bool(SettingsSource source, String key, boolean fallback) {
        return source.get(key)
                .map(v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1", "on" -> true;
                    case "false", "no", "0", "off" -> false;
                    default -> throw bad(key, "must be true or false, got " + v);
                })
                .orElse(fallback);
    }

    static long positiveLong(SettingsSource source, String key, long fallback) {
        return source.get(key)
                .map(v -> {
                    try {
                        long n = Long.parseLong(v);
                        if (n > 0) {
                            return n;
                        }
                    } catch (NumberFormatException ignored) {
                        // reported below
                    }
                    throw bad(key, "must be a positive whole number, got " + v);
                })
                .orElse(fallback);
    }

    static SettingsException bad(String key, String problem) {
        return new SettingsException("Setting " + SettingsSource.envName(key) + " (kakehashi." + key + ") " + problem);
    }
}
