package dev.kakehashi.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The database an integration test runs on, chosen by {@code -Dkakehashi.it.db}: an H2 file in the
 * server's data folder, or a fresh database on the real PostgreSQL at 127.0.0.1:5432, dropped after.
 */
public final class TestDatabase {
    public static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String PG_USER = System.getProperty("kakehashi.it.pgUser", "postgres");

    private final String url;
    private final String user;
    private final String pgName;

    private TestDatabase(String url, String user, String pgName) {
        this.url = url;
        this.user = user;
        this.pgName = pgName;
    }

    public static boolean postgres() {
        return postgres(System.getProperty("kakehashi.it.db"));
    }

    /** {@code h2} (also when unset) or {@code postgres}; anything else is a typo that must not run on H2. */
    public static boolean postgres(String choice) {
        if (choice == null || choice.isBlank() || choice.equals("h2")) {
            return false;
        }
        if (choice.equals("postgres")) {
            return true;
        }
        throw new IllegalArgumentException("-Dkakehashi.it.db must be h2 or postgres, not \"" + choice + "\"");
    }

    /** A new, empty database for one server. */
    public static TestDatabase create(Path dataDir) {
        if (!postgres()) {
            return new TestDatabase(null, null, null);
        }
        String name = newName();
        admin("create database " + name);
        return new TestDatabase("jdbc:postgresql://127.0.0.1:5432/" + name, PG_USER, name);
    }

    /**
     * A new database with every migration of the WAR already applied, copied from this JVM's
     * {@link MigratedTemplate}: the server's Flyway only validates. What a server on an upgraded blog meets.
     */
    public static TestDatabase migrated(Path dataDir) {
        if (!postgres()) {
            MigratedTemplate.copyH2Into(dataDir);
            return new TestDatabase(null, null, null);
        }
        String name = newName();
        admin("create database " + name + " template " + MigratedTemplate.postgres());
        return new TestDatabase("jdbc:postgresql://127.0.0.1:5432/" + name, PG_USER, name);
    }

    /** The JDBC URL, or null for the default H2 file in the data folder. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** The URL a test's own {@code Database.open} uses: PostgreSQL's, or the H2 file in the data folder. */
    public String jdbcUrl(Path dataDir) {
        return url != null
                ? url
                : "jdbc:h2:file:" + dataDir.resolve("db").resolve("kakehashi") + MigratedTemplate.H2_OPTIONS;
    }

    /** The user for {@link #jdbcUrl}. */
    public String jdbcUser() {
        return url != null ? user : "sa";
    }

    /**
     * The settings by key ({@code kakehashi.properties}'s) a component test opens the app's modules with
     * on this database: the blog at {@code https://blog.example}, and {@code extra} key/value pairs.
     */
    public Map<String, String> settings(Path dataDir, String... extra) {
        Map<String, String> settings = new HashMap<>();
        settings.put("base.url", "https://blog.example");
        settings.put("db.url", jdbcUrl(dataDir));
        settings.put("db.user", jdbcUser());
        for (int i = 0; i + 1 < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return Map.copyOf(settings);
    }

    public Connection connect(Path dataDir) throws SQLException {
        // Registered by hand: the web application's copy of the driver leaves DriverManager on undeploy.
        DriverManager.registerDriver(url != null ? new org.postgresql.Driver() : new org.h2.Driver());
        if (url != null) {
            return DriverManager.getConnection(url, user, "");
        }
        // Not through DriverManager: the H2 driver it knows may be the web app's copy, which
        // Tomcat deregisters when the app stops.
        var props = new java.util.Properties();
        props.setProperty("user", "sa");
        props.setProperty("password", "");
        return new org.h2.Driver()
                .connect(
                        "jdbc:h2:file:" + dataDir.resolve("db").resolve("kakehashi")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        props);
    }

    public void drop() {
        if (pgName != null) {
            admin("drop database if exists " + pgName + " with (force)");
        }
    }

    private static String newName() {
        return "kk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at 127.0.0.1:5432 is needed for -Dkakehashi.it.db=postgres: " + e.getMessage(), e);
        }
    }
}
