package dev.kakehashi.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes accepted follower rows straight into Kakehashi's database, as the inbox's Follow handling
 * would, for delivery tests and the benchmark that do not go through a Follow.
 */
public final class Followers {
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

    private Followers() {}

    /** Work on the database with the app stopped: the H2 file is the running app's alone. */
    public interface Seed {
        void accept(Connection c) throws SQLException;
    }

    /** Stops the server, runs {@code seed} on its database, starts it again on the same data. */
    public static void seed(KakehashiServer server, Seed seed) {
        server.stop();
        try (Connection c = server.database().connect(server.dataDir())) {
            seed.accept(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        server.start();
    }

    /** @param sharedInbox null for a server without a shared inbox */
    public static void add(Connection c, String localActor, String actorUri, String inbox, String sharedInbox)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into follower (id, local_actor, remote_actor_uri,"
                + " remote_inbox, remote_shared_inbox, state, follow_activity_id, created_at)"
                + " values (?, ?, ?, ?, ?, 'ACCEPTED', ?, ?)")) {
            s.setLong(1, IDS.incrementAndGet());
            s.setString(2, localActor);
            s.setString(3, actorUri);
            s.setString(4, inbox);
            s.setString(5, sharedInbox);
            s.setString(6, actorUri + "#follows/1");
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    /** The id of the account with this username, for its actor ref ({@code account:<id>}). */
    public static String actorRef(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from account where username = ?")) {
            s.setString(1, username);
            try (var rs = s.executeQuery()) {
                rs.next();
                return "account:" + rs.getLong(1);
            }
        }
    }
}
