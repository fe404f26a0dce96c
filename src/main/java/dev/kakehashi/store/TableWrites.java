package dev.kakehashi.store;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Notices every SQL statement that writes a table readers may see, whether Hibernate generated it or
 * a repository wrote it by hand, and tells its subscribers once the unit of work that ran it has
 * committed ({@link Transactions}). The whole-page cache listens, so a change that raises no domain
 * event (a like, a remote comment edited, a profile) still reaches the very next page. Writes to the
 * tables below, which no public page or feed shows, are ignored: the inbox, delivery and session
 * rows are written all the time and would otherwise empty the cache every few milliseconds. Caches
 * of what one signed-in reader sees (their home timeline, their tokens) hear the names of all the
 * tables a unit of work wrote instead ({@link #subscribeTables}).
 */
public final class TableWrites implements StatementInspector {
    /**
     * Tables no cache of what readers see depends on: the queues, sessions, sign-in secrets,
     * idempotency keys and import progress. Each cache adds what only it ignores. Lower case.
     */
    public static final Set<String> BOOKKEEPING = Set.of(
            "inbox_activity",
            "delivery",
            "outbox_activity",
            "remote_host",
            "web_session",
            "login_failure",
            "totp_secret",
            "recovery_code",
            "passkey",
            "passkey_challenge",
            "second_factor_failure",
            "known_device",
            "password_reset",
            "oauth_code",
            "api_idempotency",
            "wp_import");

    /**
     * Tables no anonymous page, feed or public document reads: {@link #BOOKKEEPING}, the tokens and
     * apps, and what only one signed-in reader sees. Lower case.
     */
    static final Set<String> UNSHOWN = and(
            BOOKKEEPING,
            "oauth_app",
            "oauth_token",
            "marker",
            "notification",
            "notification_email",
            "email_preference",
            "bookmark",
            "account_note",
            "account_mute",
            "status_mute",
            "account_list",
            "account_list_member",
            "followed_tag",
            "conversation",
            "conversation_member",
            "conversation_status",
            "content_filter",
            "content_filter_keyword",
            "content_filter_status");

    /** {@code base} and {@code more}: a cache's ignored tables, from {@link #BOOKKEEPING}. */
    public static Set<String> and(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+\"?([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_WRITE =
            Pattern.compile("\\b(?:insert|update|delete|merge)\\b", Pattern.CASE_INSENSITIVE);

    /** The name {@link #subscribeTables} hears for a write whose table the statement does not say first. */
    public static final String UNKNOWN_TABLE = "*";

    private final ThreadLocal<Set<String>> written = new ThreadLocal<>();
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<Set<String>>> tableSubscribers = new CopyOnWriteArrayList<>();

    /** Runs {@code listener} after each committed unit of work that wrote a shown table. */
    public void subscribe(Runnable listener) {
        subscribers.add(listener);
    }

    /**
     * Hands {@code listener} the tables (lower case; {@link #UNKNOWN_TABLE} for a write of another
     * shape) that each committed unit of work wrote, whether shown or not, once it committed.
     */
    public void subscribeTables(Consumer<Set<String>> listener) {
        tableSubscribers.add(listener);
    }

    @Override
    public String inspect(String sql) {
        String table = writtenTable(sql);
        if (table != null) {
            Set<String> tables = written.get();
            if (tables == null) {
                tables = new HashSet<>();
                written.set(tables);
            }
            tables.add(table);
        }
        return sql;
    }

    /** The table a statement writes (lower case), {@link #UNKNOWN_TABLE} for another shape of write, or null. */
    static String writtenTable(String sql) {
        String head = sql.stripLeading();
        if (head.regionMatches(true, 0, "select", 0, 6)) {
            return null;
        }
        Matcher m = WRITE.matcher(head);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        return ANY_WRITE.matcher(head).find() ? UNKNOWN_TABLE : null;
    }

    /** True for a statement that may change what a reader sees; reads and unshown tables are false. */
    static boolean writesShownTable(String sql) {
        String table = writtenTable(sql);
        // Any other shape (a CTE, a call) is UNKNOWN_TABLE: a write somewhere in it counts.
        return table != null && !UNSHOWN.contains(table);
    }

    /** A unit of work begins on this thread: nothing written yet. */
    void begin() {
        written.remove();
    }

    /** The unit of work committed: tells the subscribers what it wrote, when it wrote anything. */
    void committed() {
        Set<String> tables = written.get();
        written.remove();
        if (tables == null) {
            return;
        }
        if (tables.stream().anyMatch(t -> !UNSHOWN.contains(t))) {
            subscribers.forEach(Runnable::run);
        }
        Set<String> names = Set.copyOf(tables);
        tableSubscribers.forEach(s -> s.accept(names));
    }

    /** The unit of work rolled back: what it wrote never happened. */
    void rolledBack() {
        written.remove();
    }
}
