package dev.kakehashi.store;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.ActorKey;
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
            + " p.updated, p.deleted_at, p.received_at, p.visibility, p.quote_uri, p.sensitive, p.language, p.in_reply_to, a.name as actor_name, a.preferred_username, a.host"
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

    /**
     * The ids of the boosts of {@code postUri} by {@code boosterUri}, or of its Announce {@code
     * announceUri} alone when that is not null.
     */
    public List<Long> ids(String boosterUri, String announceUri, String postUri) {
        String where = announceUri != null ? "announce_uri = :a" : "post_uri = :p";
        return Rows.list(
                tx.session(),
                "select id from remote_boost where booster_uri = :b and " + where,
                q -> {
                    q.setParameter("b", boosterUri);
                    return announceUri != null ? q.setParameter("a", announceUri) : q.setParameter("p", postUri);
                },
                r -> r.lng("id"));
    }

    /** The ids of every boost of the stored post {@code postId}. */
    public List<Long> idsOfPost(long postId) {
        return Rows.list(
                tx.session(),
                "select b.id from remote_boost b join remote_post p on p.uri = b.post_uri where p.id = :id",
                q -> q.setParameter("id", postId),
                r -> r.lng("id"));
    }

    /** One boost, of a live post, by its id. */
    public java.util.Optional<RemoteBoost> byId(long id) {
        return Rows.first(
                tx.session(),
                SELECT + "where p.deleted_at is null and b.id = :id",
                q -> q.setParameter("id", id),
                RemoteBoostRepository::boost);
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

    /** The newest boosts, of live posts shared with all, by the actors {@code localActor} or the blog follows. */
    public List<RemoteBoost> byFollowed(String localActor, int limit) {
        return Rows.list(
                tx.session(),
                SELECT + "where p.deleted_at is null and " + RemoteAudience.SHARED + " and b.booster_uri in "
                        + RemoteAudience.followedBy(":l") + " order by b.boosted_at desc, b.id desc",
                q -> q.setParameter("l", localActor).setMaxResults(limit),
                RemoteBoostRepository::boost);
    }

    /**
     * A home timeline's boosts, of live posts, in a range of boost ids (Mastodon's paging): those by
     * the actors {@code localActor} (the author {@code accountId}) follows, less the members of the
     * author's exclusive lists; never one by, or of a post by, an actor the author has muted at
     * {@code now}. A post boosted several times shows once, at its newest boost (the author's own
     * included), on every page.
     */
    public List<RemoteBoost> homeIn(String localActor, long accountId, IdRange range, Instant now) {
        return inRange(shownInHome(":l", ":acc"), range, q -> q.setParameter("l", localActor)
                .setParameter("acc", accountId)
                .setParameter("now", now));
    }

    /**
     * Whether the boost {@code b} of the post {@code p} shows in the home of the local actor and
     * account given as SQL expressions: a boost {@link #homeBoost} counts, of a post whose author is
     * not muted, and neither a later such boost nor the author's own later boost shows it instead.
     * Also read by {@link HomeAudienceRepository}.
     */
    static String shownInHome(String localActor, String accountId) {
        return homeBoost("b", localActor, accountId) + " and p.actor_uri not in " + MuteRepository.mutedAtNow(accountId)
                + " and not exists (select 1 from remote_boost b2 where b2.post_uri = b.post_uri"
                + " and b2.id > b.id and " + homeBoost("b2", localActor, accountId) + ")"
                + " and not exists (select 1 from outbound_reaction o where o.local_actor = " + localActor
                + " and o.kind = 'BOOST' and o.remote_post_uri = b.post_uri and o.id > b.id)";
    }

    /** Whether the boost {@code b} is one the home timeline of the given local actor and account shows. */
    private static String homeBoost(String b, String localActor, String accountId) {
        return b + ".booster_uri in " + RemoteAudience.followedBy(localActor) + " and " + b
                + ".booster_uri not in " + MuteRepository.exclusiveListMembers(accountId) + " and " + b
                + ".booster_uri not in " + MuteRepository.mutedAtNow(accountId);
    }

    /**
     * The author's own boosts of live, not direct, remote posts in a range of boost ids, each as a
     * reblog by the author; one a followed account boosted again later shows at that newer boost.
     */
    public List<RemoteBoost> ownIn(long accountId, IdRange range, Instant now) {
        Account author = tx.session().find(Account.class, accountId);
        if (author == null) {
            return List.of();
        }
        String me = ActorKey.author(accountId).text();
        return Rows.list(
                tx.session(),
                "select o.id as boost_id, o.activity_id as announce_uri, o.local_actor as booster_uri,"
                        + " o.created_at as boosted_at, p.id, p.uri, p.actor_uri, p.object_type, p.url, p.name,"
                        + " p.content_html, p.summary, p.published, p.updated, p.deleted_at, p.received_at,"
                        + " p.visibility, p.quote_uri, p.sensitive, p.language, p.in_reply_to, a.name as actor_name, a.preferred_username, a.host"
                        + " from outbound_reaction o join remote_post p on p.uri = o.remote_post_uri"
                        + " left join remote_actor a on a.uri = p.actor_uri"
                        + " where o.local_actor = :l and o.kind = 'BOOST' and p.deleted_at is null"
                        + " and " + RemoteAudience.SHARED + " and " + range.where("o.id")
                        + " and not exists (select 1 from remote_boost b2 where b2.post_uri = o.remote_post_uri"
                        + " and b2.id > o.id and p.actor_uri not in " + MuteRepository.MUTED_AT_NOW
                        + " and " + homeBoost("b2", ":l", ":acc") + ")"
                        + range.order("o.id"),
                q -> q.setParameter("l", me)
                        .setParameter("acc", author.id())
                        .setParameter("now", now)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new RemoteBoost(
                        r.lng("boost_id"),
                        r.str("announce_uri"),
                        me,
                        author.displayName(),
                        "@" + author.username(),
                        r.instant("boosted_at"),
                        RemotePostRepository.post(r),
                        author));
    }

    /**
     * Boosts, of live posts, by the members of list {@code listId} that its author ({@code
     * localActor}) or the blog still follows, in a range of boost ids (Mastodon's paging).
     */
    public List<RemoteBoost> byListIn(long listId, String localActor, IdRange range) {
        return inRange(
                "b.booster_uri in (select m.actor_uri from account_list_member m where m.list_id = :list)"
                        + " and b.booster_uri in " + RemoteAudience.followedBy(":l"),
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
                SELECT + "where p.deleted_at is null and " + RemoteAudience.SHARED + " and " + range.where("b.id")
                        + " and " + filter + range.order("b.id"),
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
                post,
                null);
    }

    private static String handle(String username, String host) {
        return username == null ? null : "@" + username + "@" + host;
    }
}
