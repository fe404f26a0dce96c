package dev.kakehashi.store;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The one way the store reads native query results: by column name (case-insensitive, since H2
 * answers in upper case and PostgreSQL in lower), into records, with the driver differences (numbers,
 * timestamps, booleans) handled here once.
 */
final class Rows {
    private Rows() {}

    /** One result row, read by column label. */
    static final class Row {
        private final Map<String, Object> values;

        private Row(Tuple tuple) {
            List<TupleElement<?>> elements = tuple.getElements();
            values = new HashMap<>(elements.size() * 2);
            for (int i = 0; i < elements.size(); i++) {
                values.put(elements.get(i).getAlias().toLowerCase(java.util.Locale.ROOT), tuple.get(i));
            }
        }

        /** A row JDBC read, by lower-case column label. */
        private Row(Map<String, Object> values) {
            this.values = values;
        }

        private Object value(String column) {
            String key = column.toLowerCase(java.util.Locale.ROOT);
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("No column " + column + " in " + values.keySet());
            }
            return values.get(key);
        }

        String str(String column) {
            return (String) value(column);
        }

        long lng(String column) {
            return ((Number) value(column)).longValue();
        }

        /** A nullable number column. */
        Long lngOrNull(String column) {
            Object v = value(column);
            return v == null ? null : ((Number) v).longValue();
        }

        int integer(String column) {
            return ((Number) value(column)).intValue();
        }

        /** A nullable integer column. */
        Integer integerOrNull(String column) {
            Object v = value(column);
            return v == null ? null : ((Number) v).intValue();
        }

        /** A nullable floating-point column. */
        Double dblOrNull(String column) {
            Object v = value(column);
            return v == null ? null : ((Number) v).doubleValue();
        }

        /** True only for a stored true (null reads as false). */
        boolean bool(String column) {
            return Boolean.TRUE.equals(value(column));
        }

        /** A nullable timestamp column. */
        Instant instant(String column) {
            return Rows.instant(value(column));
        }

        /** A value the ORM already typed (an entity's enum or embedded value). */
        <T> T get(String column, Class<T> type) {
            return type.cast(value(column));
        }

        /** An enum stored as its name; null stays null. */
        <E extends Enum<E>> E enumOf(Class<E> type, String column) {
            String v = str(column);
            return v == null ? null : Enum.valueOf(type, v);
        }
    }

    /** Maps tuples an HQL query returned ({@code select ... as alias}). */
    static <T> List<T> map(List<Tuple> tuples, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            out.add(mapper.apply(new Row(t)));
        }
        return out;
    }

    /**
     * Runs {@code sql} (parameters set by {@code bind}) and maps every row; in a read-only unit of
     * work with plain JDBC ({@link JdbcReads}).
     */
    static <T> List<T> list(
            Session session, String sql, UnaryOperator<NativeQuery<Tuple>> bind, Function<Row, T> mapper) {
        NativeQuery<Tuple> query = bind.apply(session.createNativeQuery(sql, Tuple.class));
        List<Map<String, Object>> plain = JdbcReads.applies(session) ? JdbcReads.rows(session, sql, query) : null;
        if (plain == null) {
            return map(query.getResultList(), mapper);
        }
        List<T> out = new ArrayList<>(plain.size());
        for (Map<String, Object> values : plain) {
            out.add(mapper.apply(new Row(values)));
        }
        return out;
    }

    /** Sets a statement's named parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(Params p);
    }

    /**
     * The named parameters of a statement {@link #select} or {@link #update} runs, each with its type
     * (so a null is bound as one), bound by {@link NamedParameters} as {@link #list}'s are.
     */
    static final class Params {
        private final Map<String, Object> values = new HashMap<>(16);

        private Params() {}

        Params lng(String name, Long v) {
            return put(name, v, Types.BIGINT);
        }

        Params str(String name, String v) {
            return put(name, v, Types.VARCHAR);
        }

        Params integer(String name, int v) {
            return put(name, v, Types.INTEGER);
        }

        Params bool(String name, boolean v) {
            return put(name, v, Types.BOOLEAN);
        }

        Params instant(String name, Instant v) {
            return put(name, v, Types.TIMESTAMP_WITH_TIMEZONE);
        }

        private Params put(String name, Object v, int sqlType) {
            values.put(name, v == null ? NamedParameters.nullOf(sqlType) : v);
            return this;
        }

        private Object value(String name) {
            Object v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("No value for :" + name + " (set " + values.keySet() + ")");
            }
            return v;
        }
    }

    /** {@code sql} with the values {@code bind} sets, for {@link Transactions#statement}. */
    private static NamedParameters.Bound bound(String sql, Binder bind) {
        Params p = new Params();
        bind.bind(p);
        NamedParameters.Bound bound = NamedParameters.bind(sql, p::value);
        if (bound == null) {
            throw new IllegalArgumentException("Not a statement with named parameters only: " + sql);
        }
        return bound;
    }

    /**
     * Runs {@code sql} (its named parameters set by {@code bind}) through plain JDBC in the unit of
     * work ({@link Transactions#statement}) and maps every row: for the statements run for every inbox
     * activity, where Hibernate's query objects cost more than the query.
     */
    static <T> List<T> select(Transactions tx, String sql, Binder bind, Function<Row, T> mapper) {
        NamedParameters.Bound bound = bound(sql, bind);
        return tx.statement(bound.sql(), ps -> {
            NamedParameters.set(ps, bound.values());
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                for (Map<String, Object> values : JdbcReads.read(rs)) {
                    out.add(mapper.apply(new Row(values)));
                }
                return out;
            }
        });
    }

    /** The first row {@link #select} maps, if any. */
    static <T> Optional<T> selectFirst(Transactions tx, String sql, Binder bind, Function<Row, T> mapper) {
        return select(tx, sql, bind, mapper).stream().findFirst();
    }

    /** Runs an insert, update or delete through plain JDBC ({@link #select}); how many rows it changed. */
    static int update(Transactions tx, String sql, Binder bind) {
        NamedParameters.Bound bound = bound(sql, bind);
        return tx.statement(bound.sql(), ps -> {
            NamedParameters.set(ps, bound.values());
            return ps.executeUpdate();
        });
    }

    /**
     * Runs {@code sql} with {@code values} bound to the list parameter {@code name}, 500 at a time
     * (databases cap the size of an IN list), and maps every row.
     */
    static <T> List<T> listIn(
            Session session,
            String sql,
            String name,
            java.util.Collection<?> values,
            UnaryOperator<NativeQuery<Tuple>> bind,
            Function<Row, T> mapper) {
        List<?> all = List.copyOf(values);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            List<?> chunk = all.subList(i, Math.min(all.size(), i + 500));
            out.addAll(list(session, sql, q -> bind.apply(q).setParameterList(name, chunk), mapper));
        }
        return out;
    }

    /** The first row mapped, if any. */
    static <T> Optional<T> first(
            Session session, String sql, UnaryOperator<NativeQuery<Tuple>> bind, Function<Row, T> mapper) {
        return list(session, sql, bind, mapper).stream().findFirst();
    }

    /** A timestamp as H2 (OffsetDateTime, Instant) or PostgreSQL (Timestamp) returns it; null stays null. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException(
                "Unexpected timestamp type " + value.getClass().getName());
    }
}
