package dev.kakehashi.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a blog from its old H2 database into PostgreSQL at start-up, so no owner types SQL: with
 * {@code KAKEHASHI_IMPORT_H2=<old data folder>} and an empty PostgreSQL database, the old database
 * is migrated to the current schema, every Kakehashi table is copied in one transaction (see {@link
 * TableCopy}) and the uploads, themes and plugins are copied into the new data folder. Quartz's
 * tables are not copied: start-up schedules the app's jobs again and the maintenance job publishes
 * scheduled posts that come due. A row in {@code h2_move} makes later starts do nothing.
 */
final class H2Move {
    static final String KEY = "import.h2";
    private static final Logger log = LoggerFactory.getLogger(H2Move.class);
    private static final List<String> FOLDERS = List.of("media", "themes", "plugins");

    private H2Move() {}

    static void runIfAsked(Settings settings, Database db) {
        if (settings.importH2().isEmpty()) {
            return;
        }
        Path from = settings.importH2().get();
        if (!db.isPostgres()) {
            throw SettingsLoader.bad(
                    KEY, "moves a blog into PostgreSQL: set KAKEHASHI_DB_URL to a jdbc:postgresql: URL");
        }
        try (Connection target = db.dataSource().getConnection()) {
            if (alreadyMoved(target)) {
                return;
            }
            if (holdsBlog(target)) {
                throw SettingsLoader.bad(
                        KEY,
                        "cannot move the blog in " + from + ": the PostgreSQL database "
                                + settings.database().url() + " already holds a blog; give an empty database");
            }
            if (!Files.isRegularFile(from.resolve("db").resolve("kakehashi.mv.db"))) {
                throw SettingsLoader.bad(
                        KEY, "names " + from + ", which holds no Kakehashi H2 database (db/kakehashi.mv.db)");
            }
            move(from, settings.dataDir(), target);
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new SettingsException("Setting " + SettingsSource.envName(KEY) + ": moving the blog from " + from
                    + " failed, nothing was kept: " + e.getMessage());
        }
    }

    private static void move(Path from, Path dataDir, Connection target) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(SettingsLoader.h2Url(from));
        source.setUser("sa");
        source.setPassword("");
        // Both schemas at the same version, so every table and column has its twin.
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:migrations")
                .load()
                .migrate();
        List<Path> copiedFiles = new ArrayList<>();
        boolean committed = false;
        target.setAutoCommit(false);
        try (Connection old = source.getConnection()) {
            Map<String, Long> rows = TableCopy.copy(old, target);
            long total = rows.values().stream().mapToLong(Long::longValue).sum();
            copyFolders(from, dataDir, copiedFiles);
            try (PreparedStatement done =
                    target.prepareStatement("insert into h2_move (source, moved_at, row_count) values (?, ?, ?)")) {
                done.setString(1, from.toString());
                done.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                done.setLong(3, total);
                done.executeUpdate();
            }
            target.commit();
            committed = true;
            log.info(
                    "Moved the blog from the H2 database in {}: {} rows in {} tables ({} accounts, {} posts,"
                            + " {} comments, {} followers, {} media), {} files; the setting {} can now be removed",
                    from,
                    total,
                    rows.size(),
                    rows.getOrDefault("account", 0L),
                    rows.getOrDefault("post", 0L),
                    rows.getOrDefault("post_comment", 0L),
                    rows.getOrDefault("follower", 0L),
                    rows.getOrDefault("media", 0L),
                    copiedFiles.size(),
                    SettingsSource.envName(KEY));
        } finally {
            if (!committed) {
                target.rollback();
                deleteQuietly(copiedFiles);
            }
            target.setAutoCommit(true);
        }
    }

    private static boolean alreadyMoved(Connection target) throws SQLException {
        try (PreparedStatement q = target.prepareStatement("select source, moved_at from h2_move");
                ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            log.info(
                    "{}: this database already holds the blog moved from {} on {}; nothing to do (the setting can be"
                            + " removed)",
                    SettingsSource.envName(KEY),
                    rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class));
            return true;
        }
    }

    private static boolean holdsBlog(Connection target) throws SQLException {
        try (PreparedStatement q = target.prepareStatement(
                        "select exists (select 1 from account) or exists (select 1 from post)");
                ResultSet rs = q.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Copies the old folders' files that the new data folder lacks; a no-op when both are one folder. */
    private static void copyFolders(Path from, Path dataDir, List<Path> copied) throws SQLException {
        try {
            if (Files.isSameFile(from, dataDir)) {
                return;
            }
            for (String name : FOLDERS) {
                Path src = from.resolve(name);
                if (!Files.isDirectory(src)) {
                    continue;
                }
                try (var files = Files.walk(src)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path dest = dataDir.resolve(name)
                                .resolve(src.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(dest);
                        } else if (!Files.exists(dest)) {
                            Files.copy(file, dest);
                            copied.add(dest);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new SQLException("cannot copy the files of " + from + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Cannot remove {} after the failed move", file);
            }
        }
    }

    /**
     * The old folder's secret key, copied into a new data folder that has none yet, so the
     * authenticator-app keys sealed with it still open after the move.
     */
    static void adoptSecretKey(Path from, Path dataDir) {
        Path oldKey = from.resolve(SecretKeySetting.FILE);
        Path newKey = dataDir.resolve(SecretKeySetting.FILE);
        try {
            if (Files.isRegularFile(oldKey) && !Files.exists(newKey)) {
                Files.copy(oldKey, newKey);
            }
        } catch (IOException e) {
            throw SettingsLoader.bad(KEY, "cannot copy the key file " + oldKey + ": " + e.getMessage());
        }
    }
}
