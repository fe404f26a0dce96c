package dev.kakehashi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * The WAR's migrations applied once per test JVM, then copied for each server: a PostgreSQL template
 * database that {@code create database ... template} clones, or a closed H2 file. A server started
 * on the copy finds every migration applied and Flyway only validates, which saves each IT class
 * the ~100 migrations on an empty database. StartupIT and the other tests of migrating itself take
 * an empty database instead ({@link TestDatabase#create}).
 */
final class MigratedTemplate {
    /** H2 as the app opens it (SettingsLoader.h2Url), so the file's settings are the app's. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static String postgresName;
    private static Path h2File;

    private MigratedTemplate() {}

    /** The name of this JVM's migrated PostgreSQL template database, made on first use. */
    static synchronized String postgres() {
        if (postgresName == null) {
            String name =
                    "kk_it_tpl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            TestDatabase.admin("create database " + name);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> TestDatabase.admin("drop database if exists " + name)));
            migrate("jdbc:postgresql://127.0.0.1:5432/" + name, TestDatabase.PG_USER);
            postgresName = name;
        }
        return postgresName;
    }

    /** Copies this JVM's migrated H2 database file (made on first use) into a data folder. */
    static void copyH2Into(Path dataDir) {
        try {
            Path target = Files.createDirectories(dataDir.resolve("db")).resolve("kakehashi.mv.db");
            Files.copy(h2File(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path h2File() throws IOException {
        if (h2File == null) {
            Path dir = Files.createTempDirectory("kakehashi-it-template-");
            migrate("jdbc:h2:file:" + dir.resolve("kakehashi") + H2_OPTIONS, "sa");
            h2File = dir.resolve("kakehashi.mv.db");
            h2File.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
        }
        return h2File;
    }

    private static void migrate(String url, String user) {
        String war = System.getProperty("kakehashi.it.war", "target/kakehashi");
        // The WAR's own copy of the migrations, as the app reads them (same checksums).
        Flyway.configure()
                .dataSource(url, user, "")
                .locations("filesystem:"
                        + Path.of(war, "WEB-INF", "classes", "migrations").toAbsolutePath())
                .load()
                .migrate();
    }
}
