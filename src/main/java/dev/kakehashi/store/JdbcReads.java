package dev.kakehashi.store;

import jakarta.persistence.Tuple;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * A native query of a read-only unit of work ({@link Transactions#read}) run with plain JDBC on the
 * session's own connection: Hibernate set up a native query's results anew on every execution
 * (reading the result set's metadata into a mapping, rewriting the SQL for its row limit with
 * regular expressions), a third of a rendered home timeline's CPU. Nothing is flushed in such a unit
 * of work, so leaving Hibernate out changes no result. The values bound on the query are bound to the
 * statement by {@link NamedParameters}, as the inbox's statements are; the row limit and offset are
 * parameters of the SQL; a query with a value of another type than a number, a string, a boolean or
 * an instant (or a list of them), or a null, is left to Hibernate.
 */
final class JdbcReads {
    private JdbcReads() {}

    /** Whether the session is a read-only unit of work's: nothing to flush before a query. */
    static boolean applies(Session session) {
        return session.isDefaultReadOnly() && session.getHibernateFlushMode() == FlushMode.MANUAL;
    }

    /**
     * The rows of {@code query} (the native query {@code sql}, its parameters bound) by lower-case
     * column label, or null when a bound value is not one {@link NamedParameters} binds.
     */
    static List<Map<String, Object>> rows(Session session, String sql, NativeQuery<Tuple> query) {
        NamedParameters.Bound bound = NamedParameters.bind(sql, query::getParameterValue);
        if (bound == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(bound.sql());
        List<Object> values = bound.values();
        if (query.getFirstResult() > 0) {
            text.append(" offset ? rows");
            values.add(query.getFirstResult());
        }
        if (query.getMaxResults() < Integer.MAX_VALUE) {
            text.append(" fetch first ? rows only");
            values.add(query.getMaxResults());
        }
        return session.doReturningWork(connection -> run(connection, text.toString(), values));
    }

    private static List<Map<String, Object>> run(Connection connection, String sql, List<Object> values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            NamedParameters.set(statement, values);
            try (ResultSet rs = statement.executeQuery()) {
                return read(rs);
            }
        }
    }

    /**
     * Every row of {@code rs} by lower-case column label, large text and bytes read whole: the one
     * reading of a plain JDBC result, here and in {@link Rows#select}.
     */
    static List<Map<String, Object>> read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        String[] labels = new String[meta.getColumnCount()];
        for (int c = 0; c < labels.length; c++) {
            labels[c] = meta.getColumnLabel(c + 1).toLowerCase(Locale.ROOT);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new HashMap<>(labels.length * 2);
            for (int c = 0; c < labels.length; c++) {
                row.put(labels[c], value(rs.getObject(c + 1)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A column's value as Hibernate gave it: large text and bytes read whole. */
    private static Object value(Object v) throws SQLException {
        if (v instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        if (v instanceof Blob b) {
            return b.getBytes(1, (int) b.length());
        }
        return v;
    }
}
