package dev.kakehashi.store;

import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accounts authors endorse on their profiles (the account_endorsement table, Mastodon's account
 * pins). Only accounts the author follows count: reads keep the rows whose follow is accepted and
 * older than the endorsement, so that unfollowing ends it (following again does not bring it back).
 */
public final class EndorsementRepository {
    /** One endorsement: its row id (what a list pages by) and the endorsed remote actor. */
    public record Edge(long id, long targetId) {}

    private static final String FOLLOWED = " join remote_actor ra on ra.id = e.target_id"
            + " join following f on f.remote_actor_uri = ra.uri and f.local_actor = :actor"
            + " and f.state = :accepted and f.created_at <= e.created_at";

    private final Transactions tx;

    public EndorsementRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Endorses (again, from now: an endorsement from an earlier follow no longer counts). */
    public void add(long accountId, long targetId, Instant now) {
        remove(accountId, targetId);
        tx.session()
                .createNativeMutationQuery("insert into account_endorsement (id, account_id, target_id, created_at)"
                        + " values (:id, :a, :t, :now)")
                .setParameter("id", Snowflake.next())
                .setParameter("a", accountId)
                .setParameter("t", targetId)
                .setParameter("now", now)
                .executeUpdate();
    }

    public void remove(long accountId, long targetId) {
        tx.session()
                .createNativeMutationQuery("delete from account_endorsement where account_id = :a and target_id = :t")
                .setParameter("a", accountId)
                .setParameter("t", targetId)
                .executeUpdate();
    }

    /** Which of these accounts the author endorses (and still follows). */
    public Set<Long> endorsed(long accountId, Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Rows.listIn(
                tx.session(),
                "select e.target_id from account_endorsement e" + FOLLOWED
                        + " where e.account_id = :a and e.target_id in (:t)",
                "t",
                targetIds,
                q -> q.setParameter("a", accountId)
                        .setParameter("actor", "account:" + accountId)
                        .setParameter("accepted", FollowState.ACCEPTED.name()),
                r -> r.lng("target_id")));
    }

    /** One page of the author's endorsements (of accounts still followed), by row id. */
    public List<Edge> page(long accountId, IdRange range) {
        return Rows.list(
                tx.session(),
                "select e.id, e.target_id from account_endorsement e" + FOLLOWED + " where e.account_id = :a and "
                        + range.where("e.id") + range.order("e.id"),
                q -> q.setParameter("a", accountId)
                        .setParameter("actor", "account:" + accountId)
                        .setParameter("accepted", FollowState.ACCEPTED.name())
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new Edge(r.lng("id"), r.lng("target_id")));
    }
}
