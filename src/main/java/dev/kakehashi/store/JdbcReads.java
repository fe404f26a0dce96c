package dev.kakehashi.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.Tuple;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.query.sql.internal.ParameterParser;
import org.hibernate.query.sql.spi.ParameterRecognizer;

/**
 * A native query of a read-only unit of work ({@link Transactions#read}) run with plain JDBC on the
 * session's own connection: Hibernate set up a native query's results anew on every execution
 * (reading the result set's metadata into a mapping, rewriting the SQL for its row limit with
 * regular expressions), a third of a rendered home timeline's CPU. Nothing is flushed in such a unit
 * of work, so leaving Hibernate out changes no result. The SQL is cut at its named parameters once
 * (by Hibernate's own parser), the values are those bound on the query, the row limit and offset are
 * parameters of the SQL; a query with a value of another type than a number, a string, a boolean or
 * an instant (or a list of them) is left to Hibernate.
 */
final class JdbcReads {
    private JdbcReads() {}

    /**
     * The SQL texts between the named parameters and the parameters' names in order; not {@code plain}
     * when the SQL has other kinds of parameters or escapes (left to Hibernate).
     */
    private record Parsed(List<String> texts, List<String> names, boolean plain) {}

    private static final Cache<String, Parsed> PARSED =
            Caffeine.newBuilder().maximumSize(2_000).build();

    /** Whether the session is a read-only unit of work's: nothing to flush before a query. */
    static boolean applies(Session session) {
        return session.isDefaultReadOnly() && session.getHibernateFlushMode() == FlushMode.MANUAL;
    }

    /**
     * The rows of {@code query} (the native query {@code sql}, its parameters bound) by lower-case
     * column label, or null when a bound value is not one this path binds.
     */
    static List<Map<String, Object>> rows(Session session, String sql, NativeQuery<Tuple> query) {
        Parsed parsed = PARSED.get(sql, JdbcReads::parse);
        if (!parsed.plain()) {
            return null;
        }
        List<Object> values = new ArrayList<>();
        StringBuilder text =
                new StringBuilder(sql.length() + 32).append(parsed.texts().get(0));
        for (int i = 0; i < parsed.names().size(); i++) {
            Object value = query.getParameterValue(parsed.names().get(i));
            if (value instanceof Collection<?> list) {
                if (list.isEmpty() || !list.stream().allMatch(JdbcReads::bindable)) {
                    return null;
                }
                for (int n = 0; n < list.size(); n++) {
                    text.append(n == 0 ? "?" : ", ?");
                }
                values.addAll(list);
            } else if (bindable(value)) {
                text.append('?');
                values.add(value);
            } else {
                return null;
            }
            text.append(parsed.texts().get(i + 1));
        }
        Integer first = query.getFirstResult() > 0 ? query.getFirstResult() : null;
        Integer max = query.getMaxResults() < Integer.MAX_VALUE ? query.getMaxResults() : null;
        if (first != null) {
            text.append(" offset ? rows");
            values.add(first);
        }
        if (max != null) {
            text.append(" fetch first ? rows only");
            values.add(max);
        }
        return session.doReturningWork(connection -> run(connection, text.toString(), values));
    }

    private static List<Map<String, Object>> run(Connection connection, String sql, List<Object> values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                statement.setObject(i + 1, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
            }
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

    /** The values bound here as Hibernate would bind them; a null is left to Hibernate (its type is unknown). */
    private static boolean bindable(Object v) {
        return v instanceof Long
                || v instanceof Integer
                || v instanceof Short
                || v instanceof String
                || v instanceof Boolean
                || v instanceof Instant;
    }

    /** The SQL cut at its named parameters. */
    private static Parsed parse(String sql) {
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean[] other = {false};
        ParameterParser.parse(sql, new ParameterRecognizer() {
            @Override
            public void ordinalParameter(int sourcePosition) {
                other[0] = true;
            }

            @Override
            public void namedParameter(String name, int sourcePosition) {
                texts.add(text.toString());
                text.setLength(0);
                names.add(name);
            }

            @Override
            public void jpaPositionalParameter(int label, int sourcePosition) {
                other[0] = true;
            }

            @Override
            public void other(char character) {
                text.append(character);
            }
        });
        texts.add(text.toString());
        return new Parsed(texts, names, !other[0] && sql.indexOf('{') < 0);
    }
}
