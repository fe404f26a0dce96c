package dev.kakehashi.it;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a running server's tables. On H2 the server must be started with {@link #h2Url} (set by
 * {@link #prepare}) so that the test's own H2 engine may open the file too.
 */
public final class LiveTables {
    private final KakehashiServer server;

    private LiveTables(KakehashiServer server) {
        this.server = server;
    }

    /** Configures a not-yet-started server so its tables can be read while it runs. */
    public static LiveTables prepare(KakehashiServer server) {
        if (!TestDatabase.postgres()) {
            server.with("db.url", h2Url(server));
        }
        return new LiveTables(server);
    }

    private static String h2Url(KakehashiServer server) {
        return "jdbc:h2:file:" + server.dataDir().resolve("db").resolve("kakehashi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    public Connection connect() throws SQLException {
        if (TestDatabase.postgres()) {
            return server.database().connect(server.dataDir());
        }
        var props = new java.util.Properties();
        props.setProperty("user", "sa");
        props.setProperty("password", "");
        return new org.h2.Driver().connect(h2Url(server), props);
    }

    /** The first column of the first row of a count query. */
    public long count(String sql, String... params) {
        try (Connection c = connect();
                var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, or null when there is none. */
    public String text(String sql, String... params) {
        try (Connection c = connect();
                var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an insert or update with string parameters, as a test's own fixture rows. */
    public int update(String sql, Object... params) {
        try (Connection c = connect();
                var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as numbers (e.g. the PostgreSQL backends of a database). */
    public java.util.List<Long> longs(String sql) {
        try (Connection c = connect();
                var st = c.prepareStatement(sql);
                var rs = st.executeQuery()) {
            java.util.List<Long> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
