package dev.kakehashi.store;

import dev.kakehashi.domain.NewReaction;
import dev.kakehashi.domain.Reaction;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.ReactionWithActor;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Likes, boosts, emoji reactions, quotes and mentions from remote actors (the reaction table). */
public final class ReactionRepository {
    private final Transactions tx;

    public ReactionRepository(Transactions tx) {
        this.tx = tx;
    }

    /** @return the new row's id */
    public long add(NewReaction r, Instant now) {
        long id = Snowflake.next();
        Rows.update(
                tx,
                "insert into reaction (id, kind, post_id, comment_id, local_actor, actor_uri, actor_host,"
                        + " activity_uri, object_url, emoji, created_at) values (:id, :kind, :post, :comment, :local,"
                        + " :actor, :host, :activity, :object, :emoji, :created)",
                p -> p.lng("id", id)
                        .str("kind", r.kind().name())
                        .lng("post", r.postId())
                        .lng("comment", r.commentId())
                        .str("local", r.localActor())
                        .str("actor", r.actorUri())
                        .str("host", r.actorHost())
                        .str("activity", r.activityUri())
                        .str("object", r.objectUrl())
                        .str("emoji", r.emoji())
                        .instant("created", now));
        return id;
    }

    /**
     * The same reaction by the same actor on the same post (a Like sent again with a new id): one
     * actor likes or boosts a post once, and reacts with each emoji once.
     */
    public Optional<Reaction> sameOnPost(ReactionKind kind, long postId, String actorUri, String emoji) {
        return Rows.first(
                tx.session(),
                STORED + "where kind = :k and post_id = :p and actor_uri = :a"
                        + (emoji == null ? "" : " and emoji = :e"),
                q -> {
                    q.setParameter("k", kind.name()).setParameter("p", postId).setParameter("a", actorUri);
                    return (emoji == null ? q : q.setParameter("e", emoji)).setMaxResults(1);
                },
                ReactionRepository::stored);
    }

    /**
     * The same reaction by the same actor on the same answer to a comment, as {@link #sameOnPost} for
     * a post.
     */
    public Optional<Reaction> sameOnComment(ReactionKind kind, long commentId, String actorUri, String emoji) {
        return Rows.first(
                tx.session(),
                STORED + "where kind = :k and comment_id = :c and actor_uri = :a"
                        + (emoji == null ? "" : " and emoji = :e"),
                q -> {
                    q.setParameter("k", kind.name())
                            .setParameter("c", commentId)
                            .setParameter("a", actorUri);
                    return (emoji == null ? q : q.setParameter("e", emoji)).setMaxResults(1);
                },
                ReactionRepository::stored);
    }

    /**
     * Whether {@code r} is stored already, in one query: its activity (of its kind), or, with {@code
     * oncePerActor} and a post or an answer, the same reaction by the same actor on it (as {@link
     * #sameOnPost}).
     */
    public boolean known(NewReaction r, boolean oncePerActor) {
        String column = r.postId() != null ? "post_id" : r.commentId() != null ? "comment_id" : null;
        boolean same = oncePerActor && column != null;
        String sameOn = " or (" + column + " = :target and actor_uri = :actor"
                + (r.emoji() == null ? ")" : " and emoji = :emoji)");
        // Plain JDBC: asked for every Like and boost the inbox receives.
        return Rows.selectFirst(
                        tx,
                        "select id from reaction where kind = :kind and (activity_uri = :activity"
                                + (same ? sameOn : "") + ") limit 1",
                        p -> p.str("kind", r.kind().name())
                                .str("activity", r.activityUri())
                                .lng("target", r.postId() != null ? r.postId() : r.commentId())
                                .str("actor", r.actorUri())
                                .str("emoji", r.emoji()),
                        row -> row.lng("id"))
                .isPresent();
    }

    /** Every reaction an activity id names, of the given kinds, by that actor. */
    public List<Reaction> byActivityOf(String activityUri, String actorUri, List<ReactionKind> kinds) {
        return select(
                "where activity_uri = :a and actor_uri = :actor and kind in (:k)",
                activityUri,
                kinds.stream().map(Enum::name).toList(),
                actorUri);
    }

    /** The quotes and mentions recorded for a remote note: its id, or its id plus a mention suffix. */
    public List<Reaction> ofNote(String noteUri, String actorUri) {
        return Rows.list(
                tx.session(),
                STORED + "where actor_uri = :actor"
                        + " and kind in ('QUOTE', 'MENTION') and (activity_uri = :n or activity_uri like :m)",
                q -> q.setParameter("actor", actorUri)
                        .setParameter("n", noteUri)
                        .setParameter("m", escapeLike(noteUri) + "#mention:%"),
                ReactionRepository::stored);
    }

    public int remove(long id) {
        return tx.session()
                .createNativeMutationQuery("delete from reaction where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * A post's reactions for its page, in one query: per kind (and emoji), the newest {@code
     * perGroup} rows with their actors, each carrying the group's total.
     */
    public List<ReactionWithActor> forPost(long postId, int perGroup) {
        return Rows.list(
                tx.session(),
                "select kind, emoji, actor_uri, name, preferred_username, host, icon_url, url, object_url,"
                        + " total from (select r.kind, r.emoji, r.actor_uri, a.name, a.preferred_username,"
                        + " a.host, a.icon_url, a.url, r.object_url,"
                        + " count(*) over (partition by r.kind, r.emoji) as total,"
                        + " row_number() over (partition by r.kind, r.emoji"
                        + " order by r.created_at desc, r.id desc) as rn"
                        + " from reaction r left join remote_actor a on a.uri = r.actor_uri"
                        + " where r.post_id = :p and r.kind in ('LIKE', 'BOOST', 'EMOJI', 'QUOTE')) x"
                        + " where rn <= :n order by kind, total desc, emoji, rn",
                q -> q.setParameter("p", postId).setParameter("n", perGroup),
                r -> new ReactionWithActor(
                        r.enumOf(ReactionKind.class, "kind"),
                        r.str("emoji"),
                        r.str("actor_uri"),
                        r.str("name"),
                        r.str("preferred_username"),
                        r.str("host"),
                        r.str("icon_url"),
                        r.str("url"),
                        r.str("object_url"),
                        r.lng("total")));
    }

    /** Which of these posts {@code actorUri} liked (a local author's favourites from an app). */
    public java.util.Set<Long> likedOf(String actorUri, java.util.Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(Rows.list(
                tx.session(),
                "select post_id from reaction where kind = 'LIKE' and actor_uri = :a and post_id in (:p)",
                q -> q.setParameter("a", actorUri).setParameterList("p", postIds),
                r -> r.lng("post_id")));
    }

    /**
     * The published blog posts {@code actorUri} liked, by the like's id in a range (newest first,
     * oldest first reading upwards): pairs of the like's id and the post's id.
     */
    public List<long[]> likedIn(String actorUri, IdRange range) {
        return Rows.list(
                tx.session(),
                "select r.id, r.post_id from reaction r join post p on p.id = r.post_id"
                        + " where r.kind = 'LIKE' and r.actor_uri = :a and p.status = 'PUBLISHED' and "
                        + range.where("r.id") + range.order("r.id"),
                q -> q.setParameter("a", actorUri)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                r -> new long[] {r.lng("id"), r.lng("post_id")});
    }

    /** How many reactions of each kind each of the posts has, in one query. */
    public java.util.Map<Long, java.util.Map<ReactionKind, Long>> countsOf(java.util.Collection<Long> postIds) {
        java.util.Map<Long, java.util.Map<ReactionKind, Long>> counts = new java.util.HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        Rows.list(
                        tx.session(),
                        "select post_id, kind, count(*) as n from reaction where post_id in (:p) group by post_id, kind",
                        q -> q.setParameterList("p", postIds),
                        r -> r)
                .forEach(r -> counts.computeIfAbsent(r.lng("post_id"), k -> new java.util.EnumMap<>(ReactionKind.class))
                        .put(r.enumOf(ReactionKind.class, "kind"), r.lng("n")));
        return counts;
    }

    /** How many reactions of each kind a post has (the likes and shares collections), in one query. */
    public java.util.Map<ReactionKind, Long> counts(long postId) {
        java.util.Map<ReactionKind, Long> counts = new java.util.EnumMap<>(ReactionKind.class);
        Rows.list(
                        tx.session(),
                        "select kind, count(*) as n from reaction where post_id = :p group by kind",
                        q -> q.setParameter("p", postId),
                        r -> r)
                .forEach(r -> counts.put(r.enumOf(ReactionKind.class, "kind"), r.lng("n")));
        return counts;
    }

    /**
     * How many reactions of each kind each of these answers to comments has, in one query (emoji
     * reactions apart from likes, as {@link #countsOf} has them).
     */
    public java.util.Map<Long, java.util.Map<ReactionKind, Long>> countsOfComments(
            java.util.Collection<Long> commentIds) {
        java.util.Map<Long, java.util.Map<ReactionKind, Long>> counts = new java.util.HashMap<>();
        if (commentIds.isEmpty()) {
            return counts;
        }
        Rows.list(
                        tx.session(),
                        "select comment_id, kind, count(*) as n from reaction where comment_id in (:c)"
                                + " group by comment_id, kind",
                        q -> q.setParameterList("c", commentIds),
                        r -> r)
                .forEach(r -> counts.computeIfAbsent(
                                r.lng("comment_id"), k -> new java.util.EnumMap<>(ReactionKind.class))
                        .put(r.enumOf(ReactionKind.class, "kind"), r.lng("n")));
        return counts;
    }

    /** The actors who gave answer {@code commentId} a reaction of one of {@code kinds}, newest first, each once. */
    public List<String> actorsOnComment(long commentId, List<ReactionKind> kinds, int limit) {
        return Rows.list(
                tx.session(),
                "select actor_uri, max(created_at) as latest from reaction where comment_id = :c and kind in (:k)"
                        + " group by actor_uri order by latest desc, actor_uri",
                q -> q.setParameter("c", commentId)
                        .setParameterList("k", kinds.stream().map(Enum::name).toList())
                        .setMaxResults(limit),
                r -> r.str("actor_uri"));
    }

    private List<Reaction> select(String where, String activityUri, Object kinds, String actorUri) {
        return Rows.list(
                tx.session(),
                STORED + where,
                q -> {
                    q.setParameter("a", activityUri);
                    if (kinds instanceof List<?> list) {
                        q.setParameterList("k", list);
                    } else {
                        q.setParameter("k", kinds);
                    }
                    return actorUri == null ? q : q.setParameter("actor", actorUri);
                },
                ReactionRepository::stored);
    }

    private static final String STORED = "select id, kind, post_id, local_actor, actor_uri from reaction ";

    private static Reaction stored(Rows.Row r) {
        return new Reaction(
                r.lng("id"),
                r.enumOf(ReactionKind.class, "kind"),
                r.lngOrNull("post_id"),
                r.str("local_actor"),
                r.str("actor_uri"));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
