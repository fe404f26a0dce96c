package dev.kakehashi.store;

import dev.kakehashi.domain.FollowedTag;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Hashtags as the Mastodon API sees them: the ones each author follows and how the blog's own
 * published posts used a tag (a received post's are kept with it, {@link RemotePostTagRepository}).
 * Names are stored lower case.
 */
public final class TagRepository {
    /** One published use of a tag: which tag, when, and by which author. */
    public record Use(String tag, Instant at, long authorId) {}

    private final Transactions tx;

    public TagRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Follows a tag; twice is once. */
    public void follow(long accountId, String name, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into followed_tag (id, account_id, name, created_at)"
                        + " values (:id, :a, :n, :now) on conflict do nothing")
                .setParameter("id", Snowflake.next())
                .setParameter("a", accountId)
                .setParameter("n", name)
                .setParameter("now", now)
                .executeUpdate();
    }

    public void unfollow(long accountId, String name) {
        tx.session()
                .createNativeMutationQuery("delete from followed_tag where account_id = :a and name = :n")
                .setParameter("a", accountId)
                .setParameter("n", name)
                .executeUpdate();
    }

    public boolean follows(long accountId, String name) {
        return Rows.first(
                        tx.session(),
                        "select id from followed_tag where account_id = :a and name = :n",
                        q -> q.setParameter("a", accountId).setParameter("n", name),
                        r -> r.lng("id"))
                .isPresent();
    }

    /** The tags an author follows, in a range of follow ids, newest first (oldest first upwards). */
    public List<FollowedTag> followed(long accountId, IdRange range) {
        return Rows.list(
                tx.session(),
                "select id, name from followed_tag where account_id = :a and " + range.where("id") + range.order("id"),
                q -> q.setParameter("a", accountId)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new FollowedTag(r.lng("id"), r.str("name")));
    }

    /** The published public uses of these tags on the blog since {@code since}, in one query. */
    public List<Use> localUses(Collection<String> names, Instant since) {
        if (names.isEmpty()) {
            return List.of();
        }
        return Rows.list(
                tx.session(),
                "select lower(t.name) as tag, p.published_at, p.author_id from post p join post_tag t"
                        + " on t.post_id = p.id where lower(t.name) in (:n) and p.status = 'PUBLISHED'"
                        + " and p.visibility = 'PUBLIC' and p.published_at >= :since",
                q -> q.setParameterList("n", names).setParameter("since", since),
                r -> new Use(r.str("tag"), r.instant("published_at"), r.lng("author_id")));
    }

    /**
     * The ids of other authors' published public posts carrying a tag that {@code accountId}
     * follows, in an id range. The uncorrelated {@code exists} is checked once, first: an account that
     * follows no tag (most) costs an index probe. Without it, the plan PostgreSQL keeps for the
     * statement once the driver prepares it (a generic one, blind to the account) walks every post of
     * the range backwards looking for tagged ones: 1.5 ms of every home page with 5,000 posts.
     */
    public List<Long> followedLocalPostIds(long accountId, IdRange range) {
        return Rows.list(
                tx.session(),
                "select distinct p.id from post p join post_tag t on t.post_id = p.id"
                        + " join followed_tag ft on ft.name = lower(t.name)"
                        + " where exists (select 1 from followed_tag f0 where f0.account_id = :a)"
                        + " and ft.account_id = :a and p.author_id <> :a and p.status = 'PUBLISHED'"
                        + " and p.visibility = 'PUBLIC' and " + range.where("p.id") + range.order("p.id"),
                q -> q.setParameter("a", accountId)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> r.lng("id"));
    }
}
