package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The statuses each author bookmarked from an app (the bookmark table). */
public final class BookmarkRepository {
    /** One bookmark: its own id (what the list pages by) and the status it keeps. */
    public record Row(long id, long statusId) {}

    private final Transactions tx;

    public BookmarkRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Keeps a status; a second bookmark of it changes nothing. */
    public void add(long accountId, long statusId, Instant now) {
        tx.session()
                // Two bookmarks of one status at once: the unique index keeps one, the other is a no-op.
                .createNativeMutationQuery("insert into bookmark (id, account_id, status_id, created_at)"
                        + " values (:id, :a, :s, :now) on conflict do nothing")
                .setParameter("id", Snowflake.next())
                .setParameter("a", accountId)
                .setParameter("s", statusId)
                .setParameter("now", now)
                .executeUpdate();
    }

    public void remove(long accountId, long statusId) {
        tx.session()
                .createNativeMutationQuery("delete from bookmark where account_id = :a and status_id = :s")
                .setParameter("a", accountId)
                .setParameter("s", statusId)
                .executeUpdate();
    }

    /** An author's bookmarks in a range of bookmark ids, newest first (oldest first reading upwards). */
    public List<Row> page(long accountId, IdRange range) {
        return Rows.list(
                tx.session(),
                "select b.id, b.status_id from bookmark b where b.account_id = :a and " + range.where("b.id")
                        + range.order("b.id"),
                q -> q.setParameter("a", accountId)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new Row(r.lng("id"), r.lng("status_id")));
    }

    /** Which of these statuses the author bookmarked. */
    public Set<Long> of(long accountId, Collection<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Rows.list(
                tx.session(),
                "select status_id from bookmark where account_id = :a and status_id in (:s)",
                q -> q.setParameter("a", accountId).setParameterList("s", statusIds),
                r -> r.lng("status_id")));
    }
}
