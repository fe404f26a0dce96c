package dev.kakehashi.store;

import java.time.Instant;
import java.util.List;

/**
 * Whose home timeline shows one remote post or boost, for every local author in one query: the
 * home timeline's own conditions ({@link RemoteAudience#shownInHome}, {@link
 * RemoteBoostRepository#shownInHome}) asked of each account row.
 */
public final class HomeAudienceRepository {
    /** An account's local actor, {@code account:<id>}, as the {@code following} rows name it. */
    private static final String ACTOR = "concat('account:', cast(acct.id as varchar(20)))";

    private static final String SQL = "select acct.id from account acct where exists (select 1 from remote_post p"
            + " where p.id = :id and p.deleted_at is null and " + RemoteAudience.sharedWith("acct.id") + " and "
            + RemoteAudience.shownInHome(ACTOR, "acct.id") + ")"
            + " or exists (select 1 from remote_boost b join remote_post p on p.uri = b.post_uri"
            + " where b.id = :id and p.deleted_at is null and " + RemoteAudience.SHARED + " and "
            + RemoteBoostRepository.shownInHome(ACTOR, "acct.id") + ")"
            + " order by acct.id";

    private final Transactions tx;

    public HomeAudienceRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The ids of the accounts whose home shows the remote post or boost {@code statusId} at {@code now}. */
    public List<Long> of(long statusId, Instant now) {
        return Rows.list(
                tx.session(), SQL, q -> q.setParameter("id", statusId).setParameter("now", now), r -> r.lng("id"));
    }
}
