package dev.kakehashi.store;

import dev.kakehashi.domain.RemoteBoost;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;

/** Boosts of remote posts by remote accounts (Announce), each once by its Announce id. */
public final class RemoteBoostRepository {
    private static final String SELECT = "select b.id as boost_id, b.announce_uri, b.booster_uri, b.boosted_at,"
            + " ba.name as booster_name, ba.preferred_username as booster_username, ba.host as booster_host,"
            + " p.id, p.uri, p.actor_uri, p.object_type, p.url, p.name, p.content_html, p.summary, p.published,"
            + " p.updated, p.deleted_at, p.received_at, p.visibility, a.name as actor_name, a.preferred_username, a.host"
            + " from remote_boost b join remote_post p on p.uri = b.post_uri"
            + " left join remote_actor ba on ba.uri = b.booster_uri"
            + " left join remote_actor a on a.uri = p.actor_uri ";

    private final Transactions tx;

    public RemoteBoostRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Stores the boost; false when this Announce was stored before. */
    public boolean add(String announceUri, String boosterUri, String postUri, Instant boostedAt, Instant now) {
        if (exists(announceUri)) {
            return false;
        }
        tx.session()
                .createNativeMutationQuery("insert into remote_boost (id, announce_uri, booster_uri, post_uri,"
                        + " boosted_at, received_at) values (:id, :a, :b, :p, :at, :now)")
                .setParameter("id", Snowflake.next())
                .setParameter("a", announceUri)
                .setParameter("b", boosterUri)
                .setParameter("p", postUri)
                .setParameter("at", boostedAt)
                .setParameter("now", now)
                .executeUpdate();
        return true;
    }

    public boolean exists(String announceUri) {
        return !tx.session()
                .createNativeQuery("select id from remote_boost where announce_uri = :a", Object.class)
                .setParameter("a", announceUri)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Removes the boost {@code announceUri} made by {@code boosterUri}; false when there is none. */
    public boolean remove(String announceUri, String boosterUri) {
        return tx.session()
                        .createNativeMutationQuery(
                                "delete from remote_boost where announce_uri = :a and booster_uri = :b")
                        .setParameter("a", announceUri)
                        .setParameter("b", boosterUri)
                        .executeUpdate()
                > 0;
    }

    /** Every boost a booster made of a post (an Undo without the Announce's id). */
    public int removeOf(String boosterUri, String postUri) {
        return tx.session()
                .createNativeMutationQuery("delete from remote_boost where booster_uri = :b and post_uri = :p")
                .setParameter("b", boosterUri)
                .setParameter("p", postUri)
                .executeUpdate();
    }

    /** The newest boosts, of live posts, by the actors {@code localActor} follows. */
    public List<RemoteBoost> byFollowed(String localActor, int limit) {
        return Rows.list(
                tx.session(),
                SELECT + "where p.deleted_at is null and b.booster_uri in (select f.remote_actor_uri"
                        + " from following f where f.local_actor = :l) order by b.boosted_at desc, b.id desc",
                q -> q.setParameter("l", localActor).setMaxResults(limit),
                RemoteBoostRepository::boost);
    }

    /**
     * A home timeline's boosts, of live posts, in a range of boost ids (Mastodon's paging): those by
     * the actors {@code localActor} (the author {@code accountId}) follows, less the members of the
     * author's exclusive lists; never one by, or of a post by, an actor the author has muted at
     * {@code now}.
     */
    public List<RemoteBoost> homeIn(String localActor, long accountId, IdRange range, Instant now) {
        return inRange(
                "b.booster_uri in (select f.remote_actor_uri from following f where f.local_actor = :l)"
                        + " and b.booster_uri not in " + MuteRepository.EXCLUSIVE_LIST_MEMBERS
                        + " and b.booster_uri not in " + MuteRepository.MUTED_AT_NOW
                        + " and p.actor_uri not in " + MuteRepository.MUTED_AT_NOW,
                range,
                q -> q.setParameter("l", localActor)
                        .setParameter("acc", accountId)
                        .setParameter("now", now));
    }

    /**
     * Boosts, of live posts, by the members of list {@code listId} that its author ({@code
     * localActor}) still follows, in a range of boost ids (Mastodon's paging).
     */
    public List<RemoteBoost> byListIn(long listId, String localActor, IdRange range) {
        return inRange(
                "b.booster_uri in (select m.actor_uri from account_list_member m where m.list_id = :list)"
                        + " and b.booster_uri in (select f.remote_actor_uri from following f where f.local_actor = :l)",
                range,
                q -> q.setParameter("list", listId).setParameter("l", localActor));
    }

    /** Boosts of live, not direct, posts that pass {@code filter}, in a range of boost ids. */
    private List<RemoteBoost> inRange(
            String filter,
            IdRange range,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return Rows.list(
                tx.session(),
                SELECT + "where p.deleted_at is null and p.visibility <> 'DIRECT' and " + range.where("b.id") + " and "
                        + filter + range.order("b.id"),
                q -> bind.apply(q)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                RemoteBoostRepository::boost);
    }

    private static RemoteBoost boost(Rows.Row r) {
        RemotePost post = RemotePostRepository.post(r);
        return new RemoteBoost(
                r.lng("boost_id"),
                r.str("announce_uri"),
                r.str("booster_uri"),
                r.str("booster_name"),
                handle(r.str("booster_username"), r.str("booster_host")),
                r.instant("boosted_at"),
                post);
    }

    private static String handle(String username, String host) {
        return username == null ? null : "@" + username + "@" + host;
    }
}
