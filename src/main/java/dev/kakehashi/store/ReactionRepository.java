package dev.kakehashi.store;

import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Likes, boosts, emoji reactions, quotes and mentions from remote actors (the reaction table). */
public final class ReactionRepository {
    /** A reaction about to be stored. {@code postId} or {@code localActor} says what it is about. */
    public record NewReaction(
            ReactionKind kind,
            Long postId,
            String localActor,
            String actorUri,
            String actorHost,
            String activityUri,
            String objectUrl,
            String emoji) {}

    /** A stored reaction, as Undo and Delete need it. */
    public record Stored(long id, ReactionKind kind, Long postId, String localActor, String actorUri) {}

    /**
     * One row of a post's reactions with who made it ({@code name}, {@code iconUrl}, {@code
     * profileUrl} null when the actor is not cached), and how many rows share its kind and emoji.
     */
    public record Shown(
            ReactionKind kind,
            String emoji,
            String actorUri,
            String name,
            String username,
            String host,
            String iconUrl,
            String profileUrl,
            String objectUrl,
            long total) {}

    private final Transactions tx;

    public ReactionRepository(Transactions tx) {
        this.tx = tx;
    }

    /** @return the new row's id */
    public long add(NewReaction r, Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery(
                        "insert into reaction (id, kind, post_id, local_actor, actor_uri, actor_host,"
                                + " activity_uri, object_url, emoji, created_at) values (:id, :kind, :post, :local, :actor,"
                                + " :host, :activity, :url, :emoji, :now)")
                .setParameter("id", id)
                .setParameter("kind", r.kind().name())
                .setParameter("post", r.postId(), Long.class)
                .setParameter("local", r.localActor(), String.class)
                .setParameter("actor", r.actorUri())
                .setParameter("host", r.actorHost())
                .setParameter("activity", r.activityUri())
                .setParameter("url", r.objectUrl(), String.class)
                .setParameter("emoji", r.emoji(), String.class)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }

    /** The reaction recorded for an activity (or a note, for quotes and mentions), of one kind. */
    public Optional<Stored> byActivity(String activityUri, ReactionKind kind) {
        return select("where activity_uri = :a and kind = :k", activityUri, kind.name(), null).stream()
                .findFirst();
    }

    /**
     * The same reaction by the same actor on the same post (a Like sent again with a new id): one
     * actor likes or boosts a post once, and reacts with each emoji once.
     */
    public Optional<Stored> sameOnPost(ReactionKind kind, long postId, String actorUri, String emoji) {
        var q = tx.session()
                .createNativeQuery(
                        "select id, kind, post_id, local_actor, actor_uri from reaction where kind = :k"
                                + " and post_id = :p and actor_uri = :a"
                                + (emoji == null ? "" : " and emoji = :e"),
                        Object[].class)
                .setParameter("k", kind.name())
                .setParameter("p", postId)
                .setParameter("a", actorUri);
        if (emoji != null) {
            q.setParameter("e", emoji);
        }
        return q.setMaxResults(1).getResultList().stream()
                .map(ReactionRepository::stored)
                .findFirst();
    }

    /** Every reaction an activity id names, of the given kinds, by that actor. */
    public List<Stored> byActivityOf(String activityUri, String actorUri, List<ReactionKind> kinds) {
        return select(
                "where activity_uri = :a and actor_uri = :actor and kind in (:k)",
                activityUri,
                kinds.stream().map(Enum::name).toList(),
                actorUri);
    }

    /** The quotes and mentions recorded for a remote note: its id, or its id plus a mention suffix. */
    public List<Stored> ofNote(String noteUri, String actorUri) {
        return tx
                .session()
                .createNativeQuery(
                        "select id, kind, post_id, local_actor, actor_uri from reaction where actor_uri = :actor"
                                + " and kind in ('QUOTE', 'MENTION') and (activity_uri = :n or activity_uri like :m)",
                        Object[].class)
                .setParameter("actor", actorUri)
                .setParameter("n", noteUri)
                .setParameter("m", escapeLike(noteUri) + "#mention:%")
                .getResultList()
                .stream()
                .map(ReactionRepository::stored)
                .toList();
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
    public List<Shown> forPost(long postId, int perGroup) {
        List<Object[]> rows = tx.session()
                .createNativeQuery(
                        "select kind, emoji, actor_uri, name, preferred_username, host, icon_url, url, object_url,"
                                + " total from (select r.kind, r.emoji, r.actor_uri, a.name, a.preferred_username,"
                                + " a.host, a.icon_url, a.url, r.object_url,"
                                + " count(*) over (partition by r.kind, r.emoji) as total,"
                                + " row_number() over (partition by r.kind, r.emoji"
                                + " order by r.created_at desc, r.id desc) as rn"
                                + " from reaction r left join remote_actor a on a.uri = r.actor_uri"
                                + " where r.post_id = :p and r.kind in ('LIKE', 'BOOST', 'EMOJI', 'QUOTE')) x"
                                + " where rn <= :n order by kind, total desc, emoji, rn",
                        Object[].class)
                .setParameter("p", postId)
                .setParameter("n", perGroup)
                .getResultList();
        return rows.stream()
                .map(r -> new Shown(
                        ReactionKind.valueOf((String) r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        ((Number) r[9]).longValue()))
                .toList();
    }

    /** How many reactions of each kind a post has (the likes and shares collections), in one query. */
    public java.util.Map<ReactionKind, Long> counts(long postId) {
        java.util.Map<ReactionKind, Long> counts = new java.util.EnumMap<>(ReactionKind.class);
        tx.session()
                .createNativeQuery(
                        "select kind, count(*) from reaction where post_id = :p group by kind", Object[].class)
                .setParameter("p", postId)
                .getResultList()
                .forEach(r -> counts.put(ReactionKind.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    private List<Stored> select(String where, String activityUri, Object kinds, String actorUri) {
        var q = tx.session()
                .createNativeQuery(
                        "select id, kind, post_id, local_actor, actor_uri from reaction " + where, Object[].class)
                .setParameter("a", activityUri);
        if (kinds instanceof List<?> list) {
            q.setParameterList("k", list);
        } else {
            q.setParameter("k", kinds);
        }
        if (actorUri != null) {
            q.setParameter("actor", actorUri);
        }
        return q.getResultList().stream().map(ReactionRepository::stored).toList();
    }

    private static Stored stored(Object[] r) {
        return new Stored(
                ((Number) r[0]).longValue(),
                ReactionKind.valueOf((String) r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue(),
                (String) r[3],
                (String) r[4]);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
