package dev.kakehashi.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hibernate.query.sql.internal.ParameterParser;
import org.hibernate.query.sql.spi.ParameterRecognizer;

/**
 * The one binding of native SQL's named parameters ({@code :name}) to a plain JDBC statement, for
 * both ways the store runs SQL without Hibernate's query objects: a read-only unit of work's {@link
 * Rows#list} ({@link JdbcReads}) and the inbox's {@link Rows#select}/{@link Rows#update}. The SQL is
 * cut at its parameters once (by Hibernate's own parser, so quotes, comments and {@code ::} casts read
 * as Hibernate reads them) and cached; a collection stands for as many {@code ?} as it has values
 * ({@code in (:ids)}); an instant is bound as a timestamp with time zone, a typed null ({@link
 * #nullOf}) with its type.
 */
final class NamedParameters {
    private NamedParameters() {}

    /** A null bound with its SQL type ({@link Types}), which a bare null does not tell the driver. */
    record Null(int sqlType) {}

    /** The statement with a {@code ?} for each value, and the values in order (a new list, the caller's). */
    record Bound(String sql, List<Object> values) {}

    /**
     * The SQL texts between the named parameters, the parameters' names in order, the SQL with one
     * {@code ?} for each (when no value is a collection); not {@code plain} when the SQL has other kinds
     * of parameters or escapes.
     */
    private record Parsed(List<String> texts, List<String> names, String positional, boolean plain) {}

    private static final Cache<String, Parsed> PARSED =
            Caffeine.newBuilder().maximumSize(2_000).build();

    static Null nullOf(int sqlType) {
        return new Null(sqlType);
    }

    /**
     * {@code sql} with each named parameter's value from {@code valueOf}, or null when the SQL has
     * parameters of another kind, or a value is not one this binding takes (an untyped null, an empty
     * collection, another type): what Hibernate's path is left to.
     */
    static Bound bind(String sql, Function<String, Object> valueOf) {
        Parsed parsed = PARSED.get(sql, NamedParameters::parse);
        if (!parsed.plain()) {
            return null;
        }
        List<Object> values = new ArrayList<>(parsed.names().size() + 2);
        boolean expanded = false;
        for (String name : parsed.names()) {
            Object value = valueOf.apply(name);
            if (value instanceof Collection<?> list) {
                if (list.isEmpty() || !list.stream().allMatch(NamedParameters::bindable)) {
                    return null;
                }
                values.add(list);
                expanded = true;
            } else if (bindable(value)) {
                values.add(value);
            } else {
                return null;
            }
        }
        return expanded ? expand(parsed, values) : new Bound(parsed.positional(), values);
    }

    /** Binds {@code values} to {@code statement}'s parameters, in order. */
    static void set(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Null n) {
                statement.setNull(i + 1, n.sqlType());
            } else if (v instanceof Instant t) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(i + 1, v);
            }
        }
    }

    /** The SQL with as many {@code ?} as each collection has values, and the values flattened. */
    private static Bound expand(Parsed parsed, List<Object> values) {
        StringBuilder text = new StringBuilder(parsed.positional().length() + 32)
                .append(parsed.texts().get(0));
        List<Object> flat = new ArrayList<>(values.size() + 16);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Collection<?> list) {
                for (int n = 0; n < list.size(); n++) {
                    text.append(n == 0 ? "?" : ", ?");
                }
                flat.addAll(list);
            } else {
                text.append('?');
                flat.add(values.get(i));
            }
            text.append(parsed.texts().get(i + 1));
        }
        return new Bound(text.toString(), flat);
    }

    /** The values bound here as Hibernate would bind them; a bare null's type is unknown. */
    private static boolean bindable(Object v) {
        return v instanceof Long
                || v instanceof Integer
                || v instanceof Short
                || v instanceof String
                || v instanceof Boolean
                || v instanceof Instant
                || v instanceof Null;
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
        return new Parsed(
                List.copyOf(texts), List.copyOf(names), String.join("?", texts), !other[0] && sql.indexOf('{') < 0);
    }
}
