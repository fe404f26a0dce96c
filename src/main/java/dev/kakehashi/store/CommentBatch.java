package dev.kakehashi.store;

import dev.kakehashi.domain.NewComment;
import dev.kakehashi.domain.Snowflake;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Many new comments written as one JDBC batch: an import writes a post's whole thread in one round
 * trip instead of one insert per comment. Each comment gets its id when queued, so a reply queued
 * after its parent can refer to it; the rows are written in the order queued.
 */
public final class CommentBatch {
    private record Queued(long id, NewComment comment, String authorName) {}

    private final Transactions tx;
    private final Instant now;
    private final List<Queued> queued = new ArrayList<>();

    CommentBatch(Transactions tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    /**
     * Queues a comment.
     *
     * @param authorName the name shown when the comment has no known actor (an old blog's commenter)
     * @return the id it will have
     */
    public long add(NewComment comment, String authorName) {
        long id = Snowflake.next();
        queued.add(new Queued(id, comment, authorName));
        return id;
    }

    /** Writes what was queued, after the session's pending changes (the post they belong to). */
    public void write() {
        if (queued.isEmpty()) {
            return;
        }
        tx.session().flush();
        tx.session().doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(CommentRepository.BATCH_INSERT)) {
                for (Queued q : queued) {
                    bind(ps, q);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        queued.clear();
    }

    private void bind(PreparedStatement ps, Queued q) throws SQLException {
        NewComment c = q.comment();
        ps.setLong(1, q.id());
        ps.setLong(2, c.postId());
        setLong(ps, 3, c.parentId());
        ps.setInt(4, c.depth());
        ps.setString(5, c.uri());
        ps.setString(6, c.url());
        ps.setString(7, c.actorUri());
        ps.setString(8, c.actorHost());
        setLong(ps, 9, c.accountId());
        ps.setString(10, c.content().contentHtml());
        ps.setString(11, c.content().summary());
        ps.setBoolean(12, c.content().sensitive());
        ps.setString(13, c.content().attachmentsJson());
        ps.setString(14, c.status().name());
        setTime(ps, 15, c.published());
        setTime(ps, 16, c.content().updated());
        setTime(ps, 17, now);
        ps.setString(18, q.authorName());
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void setTime(PreparedStatement ps, int i, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }
}
