package dev.kakehashi.it.admin;

import dev.kakehashi.it.LiveTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts remote comments (and their authors) straight into a running server's tables, for testing
 * the moderation queue before replies from the fediverse are stored by the app itself.
 */
final class StoredComments {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() << 16);

    private final LiveTables tables;

    StoredComments(LiveTables tables) {
        this.tables = tables;
    }

    /** A cached remote actor, as RemoteActorService would store it. */
    void actor(String uri, String username, String host, String name, String iconUrl) {
        update(
                "insert into remote_actor (id, uri, actor_type, preferred_username, host, name, url, icon_url, inbox,"
                        + " fetched_at) values (?, ?, 'Person', ?, ?, ?, ?, ?, ?, ?)",
                IDS.incrementAndGet(),
                uri,
                username,
                host,
                name,
                "https://" + host + "/@" + username,
                iconUrl,
                uri + "/inbox",
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** A comment by {@code actorUri} under a local post; returns its id. */
    long add(long postId, String actorUri, String html, String status, Instant received) {
        long id = IDS.incrementAndGet();
        String host = actorUri.replaceAll("https?://([^/]+)/.*", "$1");
        OffsetDateTime at = received.atOffset(ZoneOffset.UTC);
        update(
                "insert into post_comment (id, post_id, depth, uri, url, actor_uri, actor_host, content_html,"
                        + " sensitive, status, published, received_at) values (?, ?, 0, ?, ?, ?, ?, ?, false, ?, ?, ?)",
                id,
                postId,
                "https://" + host + "/objects/" + id,
                "https://" + host + "/@x/" + id,
                actorUri,
                host,
                html,
                status,
                at,
                at);
        return id;
    }

    private void update(String sql, Object... params) {
        try (Connection c = tables.connect();
                var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
