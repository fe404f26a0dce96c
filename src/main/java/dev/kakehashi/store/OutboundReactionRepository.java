package dev.kakehashi.store;

import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Likes and boosts a local actor sent to remote posts, one per actor, post and kind. */
public final class OutboundReactionRepository {
    /** One reaction we sent; {@code activityId} is what its Undo names. */
    public record Row(String localActor, String remotePostUri, ReactionKind kind, String activityId) {}

    private final Transactions tx;

    public OutboundReactionRepository(Transactions tx) {
        this.tx = tx;
    }

    /** False when the actor already sent this kind about the post (a second click raced the first). */
    public boolean add(String localActor, String remotePostUri, ReactionKind kind, String activityId, Instant now) {
        return tx.session()
                        .createNativeMutationQuery("insert into outbound_reaction (id, local_actor, remote_post_uri,"
                                + " kind, activity_id, created_at) values (:id, :l, :p, :k, :a, :now)"
                                + " on conflict do nothing")
                        .setParameter("id", Snowflake.next())
                        .setParameter("l", localActor)
                        .setParameter("p", remotePostUri)
                        .setParameter("k", kind.name())
                        .setParameter("a", activityId)
                        .setParameter("now", now)
                        .executeUpdate()
                > 0;
    }

    public Optional<Row> find(String localActor, String remotePostUri, ReactionKind kind) {
        return rows("where local_actor = :l and remote_post_uri = :p and kind = :k", q -> q.setParameter(
                                "l", localActor)
                        .setParameter("p", remotePostUri)
                        .setParameter("k", kind.name()))
                .stream()
                .findFirst();
    }

    /**
     * The stored remote posts and the comments {@code localActor} liked, by the like's id in a range
     * (newest first, oldest first reading upwards): pairs of the like's id and the published
     * comment's id, else the remote post's (a note kept both ways is the comment, as replies to it).
     */
    public List<long[]> likedIn(String localActor, IdRange range) {
        return Rows.list(
                tx.session(),
                "select o.id, coalesce(c.id, p.id) as post_id from outbound_reaction o"
                        + " left join remote_post p on p.uri = o.remote_post_uri and p.deleted_at is null"
                        + " left join post_comment c on c.uri = o.remote_post_uri and c.deleted_at is null"
                        + " and c.status = 'PUBLISHED'"
                        + " where o.local_actor = :l and o.kind = 'LIKE' and (p.id is not null or c.id is not null)"
                        + " and " + range.where("o.id") + range.order("o.id"),
                q -> q.setParameter("l", localActor)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new long[] {r.lng("id"), r.lng("post_id")});
    }

    /** The local actors that liked or boosted {@code remotePostUri} (their {@code account:<id>} keys and others). */
    public List<String> likersAndBoosters(String remotePostUri) {
        return Rows.list(
                tx.session(),
                "select distinct local_actor from outbound_reaction where remote_post_uri = :p"
                        + " and kind in ('LIKE', 'BOOST')",
                q -> q.setParameter("p", remotePostUri),
                r -> r.str("local_actor"));
    }

    /** One count: how many local actors sent {@code kind} about {@code uri}. */
    public record Count(String uri, ReactionKind kind, long count) {}

    /** How many of our actors liked and boosted each of these objects (a comment's counts). */
    public List<Count> counts(List<String> uris) {
        if (uris.isEmpty()) {
            return List.of();
        }
        return Rows.list(
                tx.session(),
                "select remote_post_uri, kind, count(*) as n from outbound_reaction where remote_post_uri in (:p)"
                        + " group by remote_post_uri, kind",
                q -> q.setParameterList("p", uris),
                r -> new Count(r.str("remote_post_uri"), ReactionKind.valueOf(r.str("kind")), r.lng("n")));
    }

    /** The local actors that sent {@code kind} about {@code uri}, newest first, at most {@code limit}. */
    public List<String> actorsOf(String uri, ReactionKind kind, int limit) {
        return Rows.list(
                tx.session(),
                "select local_actor from outbound_reaction where remote_post_uri = :p and kind = :k order by id desc",
                q -> q.setParameter("p", uri).setParameter("k", kind.name()).setMaxResults(limit),
                r -> r.str("local_actor"));
    }

    /** Everything {@code localActor} sent about these posts (the reader page's button states). */
    public List<Row> of(String localActor, List<String> remotePostUris) {
        if (remotePostUris.isEmpty()) {
            return List.of();
        }
        return rows("where local_actor = :l and remote_post_uri in (:p)", q -> q.setParameter("l", localActor)
                .setParameterList("p", remotePostUris));
    }

    public void remove(String localActor, String remotePostUri, ReactionKind kind) {
        tx.session()
                .createNativeMutationQuery("delete from outbound_reaction where local_actor = :l"
                        + " and remote_post_uri = :p and kind = :k")
                .setParameter("l", localActor)
                .setParameter("p", remotePostUri)
                .setParameter("k", kind.name())
                .executeUpdate();
    }

    private List<Row> rows(
            String where,
            java.util.function.UnaryOperator<org.hibernate.query.NativeQuery<jakarta.persistence.Tuple>> bind) {
        return Rows.list(
                tx.session(),
                "select local_actor, remote_post_uri, kind, activity_id from outbound_reaction " + where,
                bind,
                r -> new Row(
                        r.str("local_actor"),
                        r.str("remote_post_uri"),
                        r.enumOf(ReactionKind.class, "kind"),
                        r.str("activity_id")));
    }
}
