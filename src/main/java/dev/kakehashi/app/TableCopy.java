package dev.kakehashi.app;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies every Kakehashi table's rows from one database into a PostgreSQL one at the same schema
 * version, parents before children, in JDBC batches, on the target's open transaction. Flyway's
 * history, Quartz's tables and {@code h2_move} stay behind. Rows go in primary-key order, so a reply
 * (a younger Snowflake id) follows the row it refers to.
 */
final class TableCopy {
    private static final int BATCH = 500;

    private TableCopy() {}

    /** Returns the rows copied per table, in the order they were copied. */
    static Map<String, Long> copy(Connection source, Connection target) throws SQLException {
        Plan plan = plan(target);
        List<String> tables = plan.tables();
        for (int i = tables.size() - 1; i >= 0; i--) {
            try (Statement s = target.createStatement()) {
                s.executeUpdate("delete from " + quote(tables.get(i)));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            try {
                rows.put(table, copyTable(source, target, table, plan.deferred().getOrDefault(table, List.of())));
            } catch (SQLException e) {
                throw refused(table, e);
            }
        }
        for (var entry : plan.deferred().entrySet()) {
            fillDeferred(source, target, entry.getKey(), entry.getValue());
        }
        continueSequences(target);
        return rows;
    }

    private static long copyTable(Connection source, Connection target, String table, List<String> deferred)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement s = target.createStatement();
                ResultSet rs = s.executeQuery("select * from " + quote(table) + " where false")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                types.add(meta.getColumnType(i));
            }
        }
        String list = String.join(", ", columns.stream().map(TableCopy::quote).toList());
        List<String> key = primaryKey(target, table);
        String select = "select " + list + " from " + quote(table)
                + (key.isEmpty()
                        ? ""
                        : " order by "
                                + String.join(
                                        ", ", key.stream().map(TableCopy::quote).toList()));
        String insert = "insert into " + quote(table) + " (" + list + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long count = 0;
        try (Statement read = source.createStatement();
                ResultSet rs = read.executeQuery(select);
                PreparedStatement write = target.prepareStatement(insert)) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = deferred.contains(columns.get(i - 1)) ? null : rs.getObject(i);
                    if (value == null) {
                        write.setNull(i, types.get(i - 1));
                    } else {
                        write.setObject(i, value);
                    }
                }
                write.addBatch();
                if (++count % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return count;
    }

    /**
     * The copied tables, each after every table its foreign keys point to; where keys form a loop
     * (an account's avatar is a media row the account owns), a nullable key column is left out of
     * the loop: copied empty, then filled in once every row is there.
     */
    private record Plan(List<String> tables, Map<String, List<String>> deferred) {}

    private record Key(String child, String column, String parent, boolean nullable) {}

    private static Plan plan(Connection target) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement q = target.prepareStatement("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE'");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!name.equals("flyway_schema_history")
                        && !name.equals("h2_move")
                        && !name.toLowerCase(Locale.ROOT).startsWith("qrtz_")) {
                    tables.add(name);
                }
            }
        }
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement q = target.prepareStatement("select c.relname, a.attname, p.relname, not a.attnotnull"
                        + " from pg_constraint k join pg_class c on c.oid = k.conrelid"
                        + " join pg_class p on p.oid = k.confrelid join pg_namespace n on n.oid = c.relnamespace"
                        + " join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]"
                        + " where k.contype = 'f' and n.nspname = current_schema() and c.relname <> p.relname");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (tables.contains(rs.getString(1)) && tables.contains(rs.getString(3))) {
                    keys.add(new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Map<String, List<String>> deferred = new LinkedHashMap<>();
        while (ordered.size() < tables.size()) {
            String next = tables.stream()
                    .filter(t -> !ordered.contains(t))
                    .filter(t -> keys.stream().noneMatch(k -> k.child().equals(t) && !ordered.contains(k.parent())))
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                // A loop: the first table whose keys to tables not yet copied may all be empty for a while.
                next = tables.stream()
                        .filter(t -> !ordered.contains(t))
                        .filter(t -> keys.stream()
                                .allMatch(k -> !k.child().equals(t) || ordered.contains(k.parent()) || k.nullable()))
                        .findFirst()
                        .orElseThrow(() -> new SQLException("the foreign keys between the tables form a loop"));
                for (Key k : keys) {
                    if (k.child().equals(next) && !ordered.contains(k.parent())) {
                        deferred.computeIfAbsent(next, t -> new ArrayList<>()).add(k.column());
                    }
                }
            }
            ordered.add(next);
        }
        return new Plan(ordered, deferred);
    }

    /** Fills in the key columns left empty by {@link #plan}, now that the rows they point to are there. */
    private static void fillDeferred(Connection source, Connection target, String table, List<String> columns)
            throws SQLException {
        List<String> key = primaryKey(target, table);
        for (String column : columns) {
            String select = "select " + quote(column) + ", "
                    + String.join(", ", key.stream().map(TableCopy::quote).toList()) + " from " + quote(table)
                    + " where " + quote(column) + " is not null";
            String update = "update " + quote(table) + " set " + quote(column) + " = ? where "
                    + String.join(
                            " and ", key.stream().map(c -> quote(c) + " = ?").toList());
            try (Statement read = source.createStatement();
                    ResultSet rs = read.executeQuery(select);
                    PreparedStatement write = target.prepareStatement(update)) {
                long count = 0;
                while (rs.next()) {
                    for (int i = 1; i <= key.size() + 1; i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.addBatch();
                    if (++count % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
    }

    private static List<String> primaryKey(Connection target, String table) throws SQLException {
        DatabaseMetaData meta = target.getMetaData();
        Map<Short, String> byPosition = new java.util.TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, target.getSchema(), table)) {
            while (rs.next()) {
                byPosition.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** Serial and identity columns continue after the largest id copied (ids are mostly Snowflakes). */
    private static void continueSequences(Connection target) throws SQLException {
        List<String[]> serials = new ArrayList<>();
        try (PreparedStatement q =
                        target.prepareStatement("select table_name, column_name from information_schema.columns"
                                + " where table_schema = current_schema()"
                                + " and (column_default like 'nextval(%' or is_identity = 'YES')");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                serials.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] serial : serials) {
            try (PreparedStatement q =
                    target.prepareStatement("select setval(pg_get_serial_sequence(?, ?)," + " coalesce((select max("
                            + quote(serial[1]) + ") from " + quote(serial[0]) + "), 0) + 1, false)")) {
                q.setString(1, quote(serial[0]));
                q.setString(2, serial[1]);
                q.executeQuery().close();
            }
        }
    }

    /**
     * The first line of PostgreSQL's own reason, with the table: not the driver's batch message,
     * which quotes the row's values (a password hash, a session) into the log.
     */
    private static SQLException refused(String table, SQLException e) {
        SQLException reason = e.getNextException() != null ? e.getNextException() : e;
        String message = String.valueOf(reason.getMessage()).lines().findFirst().orElse("");
        return new SQLException("a row of table " + table + " was refused: " + message, e);
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
