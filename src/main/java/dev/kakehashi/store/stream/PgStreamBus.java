package dev.kakehashi.store.stream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus of a cluster: {@code NOTIFY} through a pooled connection, {@code LISTEN} on one dedicated
 * connection read by one daemon thread, which reconnects when the connection drops. A node hears
 * its own stream events too, so every node takes the same path. Two channels: stream events, and
 * the names of stale caches; a cache notice carries its sender's id, {@code <sender> <cache>}, so
 * the node that sent it (and dropped its own copy already) skips its echo.
 */
public final class PgStreamBus implements StreamBus {
    private static final Logger log = LoggerFactory.getLogger(PgStreamBus.class);
    static final String CHANNEL = "kakehashi_stream";
    static final String CACHE_CHANNEL = "kakehashi_cache";
    private static final int POLL_MILLIS = 5_000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final DataSource pool;
    private final String url;
    private final String user;
    private final String password;
    private final List<Consumer<StreamEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> cacheListeners = new CopyOnWriteArrayList<>();
    private final Thread reader;
    /** This bus's id on the cache channel: random, so two nodes never share it even with one node.id. */
    private final String sender = UUID.randomUUID().toString();

    private volatile boolean open = true;
    private volatile boolean listening;
    private volatile Connection connection;

    private PgStreamBus(DataSource pool, String url, String user, String password) {
        this.pool = pool;
        this.url = url;
        this.user = user;
        this.password = password;
        this.reader = new Thread(this::readLoop, "kakehashi-stream-listen");
        reader.setDaemon(true);
    }

    /** A bus that publishes at once and listens, on a connection of its own to {@code url}, from {@link #start}. */
    public static PgStreamBus open(DataSource pool, String url, String user, String password) {
        return new PgStreamBus(pool, url, user, password);
    }

    @Override
    public void start() {
        reader.start();
    }

    @Override
    public void publish(StreamEvent event) {
        notify(CHANNEL, event.encode(), event);
    }

    @Override
    public void invalidate(String cache) {
        notify(CACHE_CHANNEL, sender + " " + cache, "cache " + cache);
    }

    @Override
    public void onInvalidate(Consumer<String> listener) {
        cacheListeners.add(listener);
    }

    private void notify(String channel, String payload, Object what) {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
            ps.setString(1, channel);
            ps.setString(2, payload);
            ps.execute();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            log.warn("Could not publish {} on the stream bus: {}", what, e.getMessage());
        }
    }

    @Override
    public void listen(Consumer<StreamEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public boolean healthy() {
        return listening;
    }

    private void readLoop() {
        long backoff = 500;
        while (open) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                connection = c;
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                    s.execute("LISTEN " + CACHE_CHANNEL);
                }
                listening = true;
                backoff = 500;
                log.info("Stream bus listening on PostgreSQL channels {} and {}", CHANNEL, CACHE_CHANNEL);
                // While not listening, this node may have missed invalidations: drop every cache.
                LocalStreamBus.deliver(cacheListeners, ALL_CACHES);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (open) {
                    PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
                    if (notes != null) {
                        for (PGNotification note : notes) {
                            if (CACHE_CHANNEL.equals(note.getName())) {
                                heardStale(note.getParameter());
                            } else {
                                dispatch(note.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (!open) {
                    return;
                }
                log.warn("Stream bus connection lost ({}); reconnecting in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    /** Drops the cache a notice names, unless this bus sent it. */
    private void heardStale(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0) {
            log.warn("Ignoring a malformed cache notice: {}", payload);
        } else if (!sender.equals(payload.substring(0, space))) {
            LocalStreamBus.deliver(cacheListeners, payload.substring(space + 1));
        }
    }

    private void dispatch(String payload) {
        StreamEvent event;
        try {
            event = StreamEvent.decode(payload);
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring a malformed stream event: {}", payload);
            return;
        }
        LocalStreamBus.deliver(listeners, event);
    }

    @Override
    public void close() {
        open = false;
        listening = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("Closing the stream bus connection", e);
            }
        }
        reader.interrupt();
        try {
            reader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
