package dev.kakehashi.store;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.domain.NewComment;
import dev.kakehashi.domain.Snowflake;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hibernate.query.MutationQuery;
import org.hibernate.query.NativeQuery;

/**
 * Comments under local posts (the post_comment table): replies from the fediverse and authors'
 * answers. A deleted comment keeps its row as a tombstone (content dropped, {@code deleted_at} set)
 * so a late Create cannot bring it back and its replies keep their place in the thread.
 */
public final class CommentRepository {
    /** The actor of comments whose remote account was deleted and anonymized. */
    public static final String ANONYMOUS_ACTOR = "urn:kakehashi:deleted-account";

    /** The insert {@link CommentBatch} binds by position, one new comment a row. */
    static final String BATCH_INSERT = "insert into post_comment (id, post_id, parent_id, depth, uri, url,"
            + " actor_uri, actor_host, account_id, content_html, summary, sensitive, attachments, status,"
            + " published, updated, received_at, author_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)";

    /** The columns {@link #row} reads, of a {@code post_comment c}. */
    static final String COLUMNS = "c.id, c.post_id, c.parent_id, c.depth, c.uri, c.url, c.actor_uri,"
            + " c.actor_host, c.account_id, c.content_html, c.summary, c.sensitive, c.attachments, c.updated,"
            + " c.status, c.published, c.deleted_at, c.received_at";

    private final Transactions tx;
    private final CommentsByActor byActor;

    public CommentRepository(Transactions tx) {
        this.tx = tx;
        this.byActor = new CommentsByActor(tx);
    }

    /** Stores a new comment; returns its id. */
    public long add(NewComment c, Instant now) {
        long id = Snowflake.next();
        add(id, c, now);
        return id;
    }

    /** Stores a new comment under an id taken beforehand (an answer's id is in its own URI). */
    public void add(long id, NewComment c, Instant now) {
        // Plain JDBC: every reply the inbox receives is stored here.
        Rows.update(
                tx,
                "insert into post_comment (id, post_id, parent_id, depth, uri, url, actor_uri, actor_host,"
                        + " account_id, content_html, summary, sensitive, attachments, status, published, updated,"
                        + " received_at) values (:id, :post, :parent, :depth, :uri, :url, :actor, :host, :account,"
                        + " :content, :summary, :sensitive, :attachments, :status, :published, :updated, :received)",
                p -> p.lng("id", id)
                        .lng("post", c.postId())
                        .lng("parent", c.parentId())
                        .integer("depth", c.depth())
                        .str("uri", c.uri())
                        .str("url", c.url())
                        .str("actor", c.actorUri())
                        .str("host", c.actorHost())
                        .lng("account", c.accountId())
                        .str("content", c.content().contentHtml())
                        .str("summary", c.content().summary())
                        .bool("sensitive", c.content().sensitive())
                        .str("attachments", c.content().attachmentsJson())
                        .str("status", c.status().name())
                        .instant("published", c.published())
                        .instant("updated", c.content().updated())
                        .instant("received", now));
    }

    /** A batch of new comments, written together by {@link CommentBatch#write}. */
    public CommentBatch batch(Instant now) {
        return new CommentBatch(tx, now);
    }

    /** The writes that change every comment of one actor or one domain at once (blocks, deleted accounts). */
    public CommentsByActor byActor() {
        return byActor;
    }

    /** The ids of the comments with these uris, by uri (unknown uris are absent). */
    public Map<String, Long> idsByUri(Collection<String> uris) {
        Map<String, Long> found = new HashMap<>();
        Rows.listIn(
                        tx.session(),
                        "select id, uri from post_comment where uri in (:uris)",
                        "uris",
                        uris,
                        q -> q,
                        r -> Map.entry(r.str("uri"), r.lng("id")))
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    public Optional<Comment> byUri(String uri) {
        // Plain JDBC: asked for every reply the inbox receives.
        return Rows.selectFirst(
                tx,
                "select " + COLUMNS + " from post_comment c where c.uri = :uri",
                p -> p.str("uri", uri),
                CommentRepository::row);
    }

    public Optional<Comment> byId(long id) {
        return rows("where c.id = :id", q -> q.setParameter("id", id)).stream().findFirst();
    }

    /** Comments by id in one query (unknown ids are absent). */
    public List<Comment> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : rows("where c.id in (:ids)", q -> q.setParameterList("ids", ids));
    }

    /** Replaces a live comment's content; false when there is none (unknown or deleted). */
    public boolean updateContent(long id, CommentContent c) {
        return tx.session()
                        .createNativeMutationQuery("update post_comment set content_html = :html, summary = :summary,"
                                + " sensitive = :sensitive, attachments = :attachments, updated = :updated"
                                + " where id = :id and deleted_at is null")
                        .setParameter("html", c.contentHtml())
                        .setParameter("summary", c.summary())
                        .setParameter("sensitive", c.sensitive())
                        .setParameter("attachments", c.attachmentsJson())
                        .setParameter("updated", c.updated(), Instant.class)
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }

    /**
     * Keeps the Markdown an author wrote for their answer {@code id} (null for none), beside the HTML
     * made from it; nothing for a deleted comment.
     */
    public void keepMarkdown(long id, String markdown) {
        tx.session()
                .createNativeMutationQuery(
                        "update post_comment set content_markdown = :md where id = :id and deleted_at is null")
                .setParameter("md", markdown, String.class)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The Markdown kept for live comment {@code id}: only an author's answer written or edited since V105. */
    public Optional<String> markdown(long id) {
        return Rows.list(
                        tx.session(),
                        "select content_markdown from post_comment where id = :id and deleted_at is null"
                                + " and content_markdown is not null",
                        q -> q.setParameter("id", id),
                        r -> r.str("content_markdown"))
                .stream()
                .findFirst();
    }

    /** Makes the comment a tombstone: content dropped, row kept (replies stay threaded under it). */
    public boolean markDeleted(long id, Instant now) {
        return deleteContent("", id, now).executeUpdate() > 0;
    }

    /** Moderation: sets a comment's status; false when there is no such comment. */
    public boolean setStatus(long id, CommentStatus status) {
        return setStatus(id, status, "");
    }

    /** Moves a live comment to {@code status}; false when there is none. */
    public boolean setStatusIfLive(long id, CommentStatus status) {
        return setStatus(id, status, " and deleted_at is null");
    }

    private boolean setStatus(long id, CommentStatus status, String and) {
        return tx.session()
                        .createNativeMutationQuery("update post_comment set status = :s where id = :id" + and)
                        .setParameter("s", status.name())
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }

    /**
     * Deletes a comment for good: its content goes, the row stays as a tombstone (rejected, with
     * {@code deleted_at}) so the same activity id is recognised if it arrives again.
     */
    public boolean tombstone(long id, Instant now) {
        return deleteContent(", status = :s", id, now)
                        .setParameter("s", CommentStatus.REJECTED.name())
                        .executeUpdate()
                > 0;
    }

    private MutationQuery deleteContent(String andSet, long id, Instant now) {
        return tx.session()
                .createNativeMutationQuery("update post_comment set deleted_at = :now" + andSet
                        + ", content_html = null, content_markdown = null, summary = null, attachments = null"
                        + " where id = :id and deleted_at is null")
                .setParameter("now", now)
                .setParameter("id", id);
    }

    /**
     * Every comment of a post in one query, whatever its status or state, oldest first, with its
     * author from the remote actor cache: the page builds the thread from it.
     */
    public List<CommentWithAuthor> thread(long postId) {
        return Rows.list(
                tx.session(),
                "select " + COLUMNS
                        + ", coalesce(a.name, c.author_name) as actor_name, a.preferred_username, a.icon_url, a.url as actor_url"
                        + " from post_comment c left join remote_actor a on a.uri = c.actor_uri"
                        + " where c.post_id = :p order by c.published, c.id",
                q -> q.setParameter("p", postId),
                r -> new CommentWithAuthor(
                        row(r),
                        r.str("actor_name"),
                        r.str("preferred_username"),
                        r.str("icon_url"),
                        r.str("actor_url")));
    }

    /** Published, live comments of a post. */
    public long countPublished(long postId) {
        return ((Number) tx.session()
                        .createNativeQuery(
                                "select count(*) from post_comment where post_id = :p and status = :shown"
                                        + " and deleted_at is null",
                                Object.class)
                        .setParameter("p", postId)
                        .setParameter("shown", CommentStatus.PUBLISHED.name())
                        .getSingleResult())
                .longValue();
    }

    /** Ids (uris) of published, live comments of a post, oldest first: the replies collection. */
    public List<String> publishedUris(long postId, int offset, int limit) {
        return tx.session()
                .createNativeQuery(
                        "select uri from post_comment where post_id = :p and status = :shown"
                                + " and deleted_at is null order by published, id",
                        String.class)
                .setParameter("p", postId)
                .setParameter("shown", CommentStatus.PUBLISHED.name())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Whether a live, published post is public or unlisted: its comments may be listed to anyone. */
    public boolean postOpenToAnyone(long postId) {
        return !tx.session()
                .createNativeQuery(
                        "select id from post where id = :p and status = 'PUBLISHED' and deleted_at is null"
                                + " and visibility in ('PUBLIC', 'UNLISTED')",
                        Object.class)
                .setParameter("p", postId)
                .getResultList()
                .isEmpty();
    }

    /** Whether a local post takes comments: absent when there is no live, published post. */
    public Optional<Boolean> postOpenForComments(long postId) {
        // Plain JDBC: asked for every reply the inbox receives.
        return Rows.selectFirst(
                tx,
                "select comments_closed from post where id = :id and status = 'PUBLISHED' and deleted_at is null",
                p -> p.lng("id", postId),
                r -> !r.bool("comments_closed"));
    }

    private List<Comment> rows(String where, UnaryOperator<NativeQuery<Tuple>> bind) {
        return Rows.list(
                tx.session(), "select " + COLUMNS + " from post_comment c " + where, bind, CommentRepository::row);
    }

    static Comment row(Rows.Row r) {
        CommentContent content = new CommentContent(
                r.str("content_html"),
                r.str("summary"),
                r.bool("sensitive"),
                r.str("attachments"),
                r.instant("updated"));
        return new Comment(
                r.lng("id"),
                r.lng("post_id"),
                r.lngOrNull("parent_id"),
                r.integer("depth"),
                r.str("uri"),
                r.str("url"),
                r.str("actor_uri"),
                r.str("actor_host"),
                r.lngOrNull("account_id"),
                content,
                r.enumOf(CommentStatus.class, "status"),
                r.instant("published"),
                r.instant("deleted_at"),
                r.instant("received_at"));
    }
}
