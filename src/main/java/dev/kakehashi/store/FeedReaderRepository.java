package dev.kakehashi.store;

import java.time.Instant;
import java.util.List;

/** The subscriber counts feed readers report for each feed, the latest per reader and feed. */
public final class FeedReaderRepository {
    /** What one reader last said about one feed. */
    public record Row(String reader, String feedPath, int subscribers, String userAgent, Instant seenAt) {}

    private final Transactions tx;

    public FeedReaderRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Stores the count {@code reader} reported for {@code feedPath} now, replacing the one before. A
     * new reader is stored only while there are fewer than {@code cap} rows: anyone can send such a
     * User-Agent, and the table must not grow without end.
     */
    public void record(String reader, String feedPath, int subscribers, String userAgent, Instant now, int cap) {
        int changed = tx.session()
                .createNativeMutationQuery("update feed_reader set subscribers = :n, user_agent = :ua, seen_at = :now"
                        + " where reader = :r and feed_path = :f")
                .setParameter("n", subscribers)
                .setParameter("ua", userAgent)
                .setParameter("now", now)
                .setParameter("r", reader)
                .setParameter("f", feedPath)
                .executeUpdate();
        if (changed == 0) {
            tx.session()
                    .createNativeMutationQuery("insert into feed_reader (reader, feed_path, subscribers, user_agent,"
                            + " seen_at) select :r, :f, :n, :ua, :now"
                            + " where (select count(*) from feed_reader) < :cap on conflict do nothing")
                    .setParameter("cap", cap)
                    .setParameter("r", reader)
                    .setParameter("f", feedPath)
                    .setParameter("n", subscribers)
                    .setParameter("ua", userAgent)
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }

    /** Every reader's latest count, the largest first, at most {@code limit}. */
    public List<Row> all(int limit) {
        return Rows.list(
                tx.session(),
                "select reader, feed_path, subscribers, user_agent, seen_at from feed_reader"
                        + " order by subscribers desc, reader, feed_path",
                q -> q.setMaxResults(limit),
                r -> new Row(
                        r.str("reader"),
                        r.str("feed_path"),
                        (int) r.lng("subscribers"),
                        r.str("user_agent"),
                        r.instant("seen_at")));
    }
}
