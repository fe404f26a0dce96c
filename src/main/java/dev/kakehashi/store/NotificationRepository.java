package dev.kakehashi.store;

import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.NotificationGroupKey;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.event.NotificationCreated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** What authors are told (the notification table). Queries for the admin and e-mail live here too. */
public final class NotificationRepository {
    private final Transactions tx;
    private final Consumer<NotificationCreated> created;

    public NotificationRepository(Transactions tx) {
        this(tx, n -> {});
    }

    /** @param created hears each new notification once its transaction committed (streaming) */
    public NotificationRepository(Transactions tx, Consumer<NotificationCreated> created) {
        this.tx = tx;
        this.created = created;
    }

    /**
     * Records a notification for one author.
     *
     * @param postId the local post concerned, or null
     * @param commentId the comment concerned, or null
     * @return the new notification's id
     */
    public long add(long accountId, NotificationKind kind, String actorUri, Long postId, Long commentId, Instant now) {
        return add(accountId, kind, actorUri, postId, commentId, null, now);
    }

    /**
     * Records a notification about a reaction (like, boost, emoji, quote, mention): it goes when the
     * reaction goes (Undo, Delete).
     *
     * @param reactionId the reaction row, or null
     */
    public long add(
            long accountId,
            NotificationKind kind,
            String actorUri,
            Long postId,
            Long commentId,
            Long reactionId,
            Instant now) {
        long id = Snowflake.next();
        // Plain JDBC: every Like and boost the inbox receives notifies.
        Rows.update(
                tx,
                "insert into notification (id, account_id, kind, actor_uri, post_id, comment_id, reaction_id,"
                        + " created_at) values (:id, :account, :kind, :actor, :post, :comment, :reaction, :created)",
                p -> p.lng("id", id)
                        .lng("account", accountId)
                        .str("kind", kind.name())
                        .str("actor", actorUri)
                        .lng("post", postId)
                        .lng("comment", commentId)
                        .lng("reaction", reactionId)
                        .instant("created", now));
        tx.afterCommit(() -> created.accept(new NotificationCreated(id, accountId)));
        return id;
    }

    /**
     * Records a notification about a post from elsewhere (an edit of one the author favourited or
     * boosted), shown with that post.
     */
    public long addAboutNote(long accountId, NotificationKind kind, String actorUri, String noteUri, Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into notification (id, account_id, kind, actor_uri, note_uri,"
                        + " created_at) values (:id, :account, :kind, :actor, :note, :now)")
                .setParameter("id", id)
                .setParameter("account", accountId)
                .setParameter("kind", kind.name())
                .setParameter("actor", actorUri)
                .setParameter("note", noteUri)
                .setParameter("now", now)
                .executeUpdate();
        tx.afterCommit(() -> created.accept(new NotificationCreated(id, accountId)));
        return id;
    }

    /** Not from an actor the author muted with its notifications (Mastodon's mute {@code notifications} flag). */
    private static final String NOT_MUTED = " and not exists (select 1 from account_mute m where"
            + " m.account_id = n.account_id and m.remote_actor_uri = n.actor_uri and m.hide_notifications = true"
            + " and " + MuteRepository.LIVE + ")";

    private static final String SELECT = "select n.id, n.kind, n.actor_uri, a.name, a.preferred_username, a.host,"
            + " a.icon_url, a.url, n.post_id, p.title, p.kind as post_kind, p.slug,"
            + " substr(p.body_html, 1, 400) as excerpt, n.comment_id, coalesce(c.url, c.uri) as comment_url,"
            + " r.emoji, r.object_url, n.created_at, n.read_at,"
            + " case when r.kind = 'MENTION' then r.activity_uri end as mention_uri, n.note_uri from notification n"
            + " left join remote_actor a on a.uri = n.actor_uri"
            + " left join post p on p.id = n.post_id"
            + " left join post_comment c on c.id = n.comment_id"
            + " left join reaction r on r.id = n.reaction_id";

    /** An author's notifications, newest first, one page. */
    public List<Notification> forAccount(long accountId, int offset, int limit) {
        return Rows.list(
                tx.session(),
                SELECT + " where n.account_id = :a order by n.created_at desc, n.id desc",
                q -> q.setParameter("a", accountId).setFirstResult(offset).setMaxResults(limit),
                NotificationRepository::row);
    }

    /**
     * An author's notifications in an id range (Mastodon's paging; ids sort by time), of the given
     * kinds, and only from {@code actorUri} when it is not null; less those from actors the author
     * muted with their notifications, as of {@code now}.
     */
    public List<Notification> inRange(
            long accountId, IdRange range, Set<NotificationKind> kinds, String actorUri, Instant now) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return Rows.list(
                tx.session(),
                SELECT + " where n.account_id = :a and n.kind in (:k) and " + range.where("n.id") + NOT_MUTED
                        + (actorUri == null ? "" : " and n.actor_uri = :actor") + range.order("n.id"),
                q -> {
                    q.setParameter("a", accountId)
                            .setParameter("now", now)
                            .setParameterList(
                                    "k", kinds.stream().map(Enum::name).toList())
                            .setParameter("above", range.above())
                            .setParameter("below", range.below())
                            .setMaxResults(range.limit());
                    if (actorUri != null) {
                        q.setParameter("actor", actorUri);
                    }
                    return q;
                },
                NotificationRepository::row);
    }

    /**
     * An author's notifications of one group with ids up to {@code maxId}, newest first, at most
     * {@code limit}.
     */
    public List<Notification> inGroup(long accountId, NotificationGroupKey key, long maxId, int limit) {
        if (key.ungrouped()) {
            return byId(accountId, key.notificationId()).stream().toList();
        }
        return Rows.list(
                tx.session(),
                SELECT + " where " + groupWhere(key) + " and n.id <= :max order by n.id desc",
                q -> bindGroup(q, accountId, key).setParameter("max", maxId).setMaxResults(limit),
                NotificationRepository::row);
    }

    /** How many notifications of one group have ids up to {@code maxId}. */
    public long countInGroup(long accountId, NotificationGroupKey key, long maxId) {
        if (key.ungrouped()) {
            return byId(accountId, key.notificationId()).isPresent() ? 1 : 0;
        }
        var q = tx.session()
                .createNativeQuery(
                        "select count(*) from notification n where " + groupWhere(key) + " and n.id <= :max",
                        Object.class);
        bindGroup(q, accountId, key).setParameter("max", maxId);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Removes one group's notifications; how many there were. */
    public int deleteGroup(long accountId, NotificationGroupKey key) {
        if (key.ungrouped()) {
            return delete(accountId, key.notificationId()) ? 1 : 0;
        }
        var q = tx.session().createNativeMutationQuery("delete from notification n where " + groupWhere(key));
        bindGroup(q, accountId, key);
        return q.executeUpdate();
    }

    private static String groupWhere(NotificationGroupKey key) {
        return "n.account_id = :a and n.kind = :k and n.created_at >= :from and n.created_at < :to"
                + (key.postId() == null ? "" : " and n.post_id = :p");
    }

    private static <Q extends org.hibernate.query.CommonQueryContract> Q bindGroup(
            Q q, long accountId, NotificationGroupKey key) {
        q.setParameter("a", accountId)
                .setParameter("k", key.kind().name())
                .setParameter("from", key.from())
                .setParameter("to", key.to());
        if (key.postId() != null) {
            q.setParameter("p", key.postId());
        }
        return q;
    }

    /** One of an author's notifications. */
    public Optional<Notification> byId(long accountId, long id) {
        return Rows.list(
                        tx.session(),
                        SELECT + " where n.account_id = :a and n.id = :id",
                        q -> q.setParameter("a", accountId).setParameter("id", id),
                        NotificationRepository::row)
                .stream()
                .findFirst();
    }

    /** @return whether the author had that notification */
    public boolean delete(long accountId, long id) {
        return tx.session()
                        .createNativeMutationQuery("delete from notification where account_id = :a and id = :id")
                        .setParameter("a", accountId)
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }

    /** @return how many were removed */
    public int clear(long accountId) {
        return tx.session()
                .createNativeMutationQuery("delete from notification where account_id = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /** How many notifications newer than {@code afterId}, less those muted as of {@code now}. */
    public long countAfter(long accountId, long afterId, Instant now) {
        return ((Number) tx.session()
                        .createNativeQuery(
                                "select count(*) from notification n where n.account_id = :a and n.id > :after"
                                        + NOT_MUTED,
                                Object.class)
                        .setParameter("a", accountId)
                        .setParameter("after", afterId)
                        .setParameter("now", now)
                        .getSingleResult())
                .longValue();
    }

    private static Notification row(Rows.Row r) {
        return new Notification(
                r.lng("id"),
                r.enumOf(NotificationKind.class, "kind"),
                r.str("actor_uri"),
                r.str("name"),
                r.str("preferred_username"),
                r.str("host"),
                r.str("icon_url"),
                r.str("url"),
                r.lngOrNull("post_id"),
                r.str("title"),
                r.str("post_kind"),
                r.str("slug"),
                r.str("excerpt"),
                r.lngOrNull("comment_id"),
                r.str("comment_url"),
                r.str("emoji"),
                r.str("object_url"),
                r.instant("created_at"),
                r.instant("read_at"),
                r.str("note_uri") != null ? r.str("note_uri") : noteOf(r.str("mention_uri")));
    }

    /** The note a mention reaction is keyed by: its id before the {@code #mention:<actor>} suffix. */
    private static String noteOf(String mentionUri) {
        int at = mentionUri == null ? -1 : mentionUri.lastIndexOf("#mention:");
        return at < 0 ? null : mentionUri.substring(0, at);
    }

    public long count(long accountId) {
        return number("select count(*) from notification where account_id = :a", accountId);
    }

    public long countUnread(long accountId) {
        return number("select count(*) from notification where account_id = :a and read_at is null", accountId);
    }

    /** @return how many were unread */
    public int markAllRead(long accountId, Instant now) {
        return tx.session()
                .createNativeMutationQuery(
                        "update notification set read_at = :now where account_id = :a and read_at is null")
                .setParameter("now", now)
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /** Stamps notifications mailed: a digest's claim, whose rows {@link NotificationMailRepository#lockDue} locked. */
    public void markEmailed(List<Long> ids, Instant at) {
        stampEmailed(ids, at);
    }

    /** Puts claimed notifications back, unmailed, for the next run (the mail was not sent). */
    public void markUnmailed(List<Long> ids) {
        stampEmailed(ids, null);
    }

    private void stampEmailed(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        tx.session()
                .createNativeMutationQuery("update notification set emailed_at = :at where id in (:ids)")
                .setParameter("at", at, Instant.class)
                .setParameterList("ids", ids)
                .executeUpdate();
    }

    private long number(String sql, long accountId) {
        return ((Number) tx.session()
                        .createNativeQuery(sql, Object.class)
                        .setParameter("a", accountId)
                        .getSingleResult())
                .longValue();
    }
}
