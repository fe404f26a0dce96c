package dev.kakehashi.store;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Notices every SQL statement that writes a table readers may see, whether Hibernate generated it or
 * a repository wrote it by hand, and tells its subscribers once the unit of work that ran it has
 * committed ({@link Transactions}). The whole-page cache listens, so a change that raises no domain
 * event (a like, a remote comment edited, a profile) still reaches the very next page. Writes to the
 * tables below, which no public page or feed shows, are ignored: the inbox, delivery and session
 * rows are written all the time and would otherwise empty the cache every few milliseconds.
 */
public final class TableWrites implements StatementInspector {
    /** Tables no anonymous page, feed or public document reads. Lower case. */
    static final Set<String> UNSHOWN = Set.of(
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
            "oauth_app",
            "oauth_code",
            "oauth_token",
            "marker",
            "api_idempotency",
            "notification",
            "notification_email",
            "email_preference",
            "bookmark",
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
            "content_filter_status",
            "wp_import");

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+\"?([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_WRITE =
            Pattern.compile("\\b(?:insert|update|delete|merge)\\b", Pattern.CASE_INSENSITIVE);

    private final ThreadLocal<Boolean> wrote = new ThreadLocal<>();
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();

    /** Runs {@code listener} after each committed unit of work that wrote a shown table. */
    public void subscribe(Runnable listener) {
        subscribers.add(listener);
    }

    @Override
    public String inspect(String sql) {
        if (wrote.get() == null && writesShownTable(sql)) {
            wrote.set(Boolean.TRUE);
        }
        return sql;
    }

    /** True for a statement that may change what a reader sees; reads and unshown tables are false. */
    static boolean writesShownTable(String sql) {
        String head = sql.stripLeading();
        if (head.regionMatches(true, 0, "select", 0, 6)) {
            return false;
        }
        Matcher m = WRITE.matcher(head);
        if (m.find()) {
            return !UNSHOWN.contains(m.group(1).toLowerCase(Locale.ROOT));
        }
        // Any other shape (a CTE, a call): a write somewhere in it counts.
        return ANY_WRITE.matcher(head).find();
    }

    /** A unit of work begins on this thread: nothing written yet. */
    void begin() {
        wrote.remove();
    }

    /** The unit of work committed: tells the subscribers when it wrote a shown table. */
    void committed() {
        boolean changed = wrote.get() != null;
        wrote.remove();
        if (changed) {
            subscribers.forEach(Runnable::run);
        }
    }

    /** The unit of work rolled back: what it wrote never happened. */
    void rolledBack() {
        wrote.remove();
    }
}
