package dev.kakehashi.store;

import dev.kakehashi.domain.AccountList;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Authors' lists and their members (remote actors, by id). A member is only read while the author,
 * or the blog whose actor every author speaks as, still follows it.
 */
public final class ListRepository {
    private static final String SELECT = "select id, account_id, title, replies_policy, exclusive from account_list ";
    /** The members of list {@code l.id} the author {@code :actor}, or the blog, still follows. */
    private static final String FOLLOWED_MEMBER = "m.actor_uri in " + RemoteAudience.followedBy(":actor");

    private final Transactions tx;

    public ListRepository(Transactions tx) {
        this.tx = tx;
    }

    public AccountList add(
            long accountId, String title, AccountList.RepliesPolicy policy, boolean exclusive, Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into account_list (id, account_id, title, replies_policy, exclusive,"
                        + " created_at) values (:id, :a, :t, :p, :x, :now)")
                .setParameter("id", id)
                .setParameter("a", accountId)
                .setParameter("t", title)
                .setParameter("p", policy.name())
                .setParameter("x", exclusive)
                .setParameter("now", now)
                .executeUpdate();
        return new AccountList(id, accountId, title, policy, exclusive);
    }

    public void update(AccountList list) {
        tx.session()
                .createNativeMutationQuery(
                        "update account_list set title = :t, replies_policy = :p, exclusive = :x where id = :id")
                .setParameter("t", list.title())
                .setParameter("p", list.repliesPolicy().name())
                .setParameter("x", list.exclusive())
                .setParameter("id", list.id())
                .executeUpdate();
    }

    public void remove(long id) {
        tx.session()
                .createNativeMutationQuery("delete from account_list where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The list {@code id} if {@code accountId} made it. */
    public Optional<AccountList> of(long accountId, long id) {
        return Rows.first(
                tx.session(),
                SELECT + "where id = :id and account_id = :a",
                q -> q.setParameter("id", id).setParameter("a", accountId),
                ListRepository::list);
    }

    /** The author's lists, oldest first (as Mastodon lists them). */
    public List<AccountList> all(long accountId) {
        return Rows.list(
                tx.session(),
                SELECT + "where account_id = :a order by id",
                q -> q.setParameter("a", accountId),
                ListRepository::list);
    }

    /** The author's lists that hold {@code actorUri}. */
    public List<AccountList> holding(long accountId, String actorUri) {
        return Rows.list(
                tx.session(),
                SELECT
                        + "where account_id = :a and id in (select list_id from account_list_member where actor_uri = :u)"
                        + " order by id",
                q -> q.setParameter("a", accountId).setParameter("u", actorUri),
                ListRepository::list);
    }

    /** Adds members; one already there stays once. */
    public void addMembers(long listId, Collection<String> actorUris, Instant now) {
        for (String uri : actorUris) {
            tx.session()
                    .createNativeMutationQuery("insert into account_list_member (list_id, actor_uri, added_at)"
                            + " values (:l, :u, :now) on conflict do nothing")
                    .setParameter("l", listId)
                    .setParameter("u", uri)
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }

    public void removeMembers(long listId, Collection<String> actorUris) {
        if (actorUris.isEmpty()) {
            return;
        }
        tx.session()
                .createNativeMutationQuery("delete from account_list_member where list_id = :l and actor_uri in (:u)")
                .setParameter("l", listId)
                .setParameterList("u", actorUris)
                .executeUpdate();
    }

    /**
     * The ids (URIs) of the cached actors in a list that its author ({@code localActor}) or the blog
     * still follows, in a range of their account ids (what the Link header pages by), in the range's order.
     */
    public List<String> memberUris(long listId, String localActor, IdRange range) {
        return Rows.list(
                tx.session(),
                "select a.id, a.uri from account_list_member m join remote_actor a on a.uri = m.actor_uri"
                        + " where m.list_id = :l and " + FOLLOWED_MEMBER + " and " + range.where("a.id")
                        + range.order("a.id"),
                q -> q.setParameter("l", listId)
                        .setParameter("actor", localActor)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> r.str("uri"));
    }

    private static AccountList list(Rows.Row r) {
        return new AccountList(
                r.lng("id"),
                r.lng("account_id"),
                r.str("title"),
                AccountList.RepliesPolicy.valueOf(r.str("replies_policy")),
                r.bool("exclusive"));
    }
}
