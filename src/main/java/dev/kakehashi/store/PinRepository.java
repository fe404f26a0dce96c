package dev.kakehashi.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The posts authors pinned to their profiles (the post_pin table). */
public final class PinRepository {
    private final Transactions tx;

    public PinRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Pins a post; pinning it again changes nothing. */
    public void add(long accountId, long postId, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into post_pin (post_id, account_id, created_at)"
                        + " values (:p, :a, :now) on conflict do nothing")
                .setParameter("p", postId)
                .setParameter("a", accountId)
                .setParameter("now", now)
                .executeUpdate();
    }

    public void remove(long postId) {
        tx.session()
                .createNativeMutationQuery("delete from post_pin where post_id = :p")
                .setParameter("p", postId)
                .executeUpdate();
    }

    /** The ids of the posts pinned by an account (null: by anyone), last pinned first. */
    public List<Long> of(Long accountId) {
        return Rows.list(
                tx.session(),
                "select post_id from post_pin" + (accountId == null ? "" : " where account_id = :a")
                        + " order by created_at desc, post_id desc",
                q -> accountId == null ? q : q.setParameter("a", accountId),
                r -> r.lng("post_id"));
    }

    /** Which of these posts are pinned. */
    public Set<Long> pinned(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Rows.list(
                tx.session(),
                "select post_id from post_pin where post_id in (:p)",
                q -> q.setParameterList("p", postIds),
                r -> r.lng("post_id")));
    }
}
