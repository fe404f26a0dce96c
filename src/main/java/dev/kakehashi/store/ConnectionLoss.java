package dev.kakehashi.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure is the database connection lost or unreachable, not the work itself: SQL state
 * class {@code 08} (connection exception), PostgreSQL's {@code 57P01}–{@code 57P03} (the server
 * shutting down, or terminating the session), or the pool timing out for a connection. After a
 * restart of the database the pool still holds connections to the old server; each is dropped by
 * the pool when it fails, so a read is worth repeating and the rest is answered 503, not 500.
 */
public final class ConnectionLoss {
    private ConnectionLoss() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }
}
