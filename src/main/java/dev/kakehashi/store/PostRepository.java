package dev.kakehashi.store;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.domain.QuoteState;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.Visibility;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles and short posts, including tombstones. */
public final class PostRepository {
    private static final String PUBLISHED_ANY = "p.status = dev.kakehashi.domain.PostStatus.PUBLISHED";
    /** Published and public: what pages, feeds, the archive, the sitemap and the outbox list (A7). */
    static final String PUBLISHED = PUBLISHED_ANY + " and p.visibility = dev.kakehashi.domain.Visibility.PUBLIC";

    static final String NEWEST_FIRST = " order by p.publishedAt desc, p.id desc";

    private final Transactions tx;

    public PostRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(Post post) {
        tx.session().persist(post);
    }

    /**
     * Gives a new change stamp ({@link Post#shownVersion}) to the posts that show the image {@code
     * mediaId} (attached, or an article's cover): its alt text is part of what they show.
     */
    public void imageChanged(long mediaId) {
        tx.session()
                .createNativeMutationQuery("update post set shown_version = :stamp where cover_id = :m"
                        + " or id in (select post_id from post_media where media_id = :m)")
                .setParameter("m", mediaId)
                .setParameter("stamp", Snowflake.next())
                .executeUpdate();
    }

    public Optional<Post> byId(long id) {
        return Optional.ofNullable(tx.session().get(Post.class, id));
    }

    /** Posts by id, with their authors, in one query (unknown ids are absent). */
    public List<Post> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.session()
                .createSelectionQuery("from Post p join fetch p.author where p.id in (:ids)", Post.class)
                .setParameterList("ids", ids)
                .getResultList();
    }

    /** Published posts that reply to one of {@code uris}, oldest first, with their authors. */
    public List<Post> publishedRepliesTo(java.util.Collection<String> uris) {
        if (uris.isEmpty()) {
            return List.of();
        }
        return tx.session()
                .createSelectionQuery(
                        "from Post p join fetch p.author where " + PUBLISHED_ANY + " and p.inReplyTo in (:u)"
                                + " order by p.id",
                        Post.class)
                .setParameterList("u", uris)
                .setMaxResults(200)
                .getResultList();
    }

    public Optional<Post> bySlug(String slug) {
        return tx.session()
                .createSelectionQuery("from Post p where p.slug = :s", Post.class)
                .setParameter("s", slug)
                .uniqueResultOptional();
    }

    /**
     * The id of the article whose slug is {@code slug}, in {@code status} (null: any), read as one
     * number: the inbox names posts far more often than it needs them loaded.
     */
    public Optional<Long> articleIdBySlug(String slug, PostStatus status) {
        // Plain JDBC: read for every reaction and reply to an article that the inbox receives.
        return Rows.selectFirst(
                tx,
                "select id from post where slug = :slug and kind = :kind"
                        + (status == null ? "" : " and status = :status"),
                p -> p.str("slug", slug)
                        .str("kind", PostKind.ARTICLE.name())
                        .str("status", status == null ? null : status.name()),
                r -> r.lng("id"));
    }

    /** {@code id} when that post is in {@code status}, read without loading it. */
    public Optional<Long> idIn(long id, PostStatus status) {
        return tx.session()
                .createSelectionQuery("select p.id from Post p where p.id = :id and p.status = :st", Long.class)
                .setParameter("id", id)
                .setParameter("st", status)
                .uniqueResultOptional();
    }

    /** The account that wrote post {@code id}, read without loading the post. */
    public Optional<Long> authorIdOf(long id) {
        // Plain JDBC: read for every reaction and reply the inbox receives.
        return Rows.selectFirst(
                tx, "select author_id from post where id = :id", p -> p.lng("id", id), r -> r.lng("author_id"));
    }

    public boolean slugTaken(String slug, long exceptPostId) {
        return tx.session()
                        .createSelectionQuery(
                                "select count(*) from Post p where p.slug = :s and p.id <> :id", Long.class)
                        .setParameter("s", slug)
                        .setParameter("id", exceptPostId)
                        .getSingleResult()
                > 0;
    }

    /** Published posts in an id range (Mastodon's paging) that pass {@code filter}, with their authors. */
    public List<Post> publishedIn(IdRange range, PostFilter filter) {
        return publishedIn(range, filter, null);
    }

    /** The same, carrying the hashtags {@code tags} asks for (null: any). */
    public List<Post> publishedIn(IdRange range, PostFilter filter, TagMatch tags) {
        return published("from Post p join fetch p.author", Post.class, range, filter, tags);
    }

    /**
     * The ids of the published posts that pass {@code filter}, in the range's order: the home timeline
     * merges them with other sources and loads only the posts that make its page.
     */
    public List<Long> publishedIdsIn(IdRange range, PostFilter filter) {
        return published("select p.id from Post p", Long.class, range, filter, null);
    }

    private <T> List<T> published(String select, Class<T> type, IdRange range, PostFilter filter, TagMatch tags) {
        String where = " where " + PUBLISHED_ANY + visibleIn(filter.visibilities()) + " and " + range.where("p.id")
                + (filter.authorId() == null ? "" : " and p.author.id = :a")
                + (filter.tag() == null ? "" : " and :t member of p.tags")
                + (tags == null ? "" : tags.where())
                + (filter.onlyMedia() ? " and size(p.attachments) > 0" : "")
                + (filter.excludeReplies() ? " and p.inReplyTo is null" : "");
        var q = tx.session()
                .createSelectionQuery(select + where + range.order("p.id"), type)
                .setParameter("above", range.above())
                .setParameter("below", range.below())
                .setMaxResults(range.limit());
        if (filter.authorId() != null) {
            q.setParameter("a", filter.authorId());
        }
        if (filter.tag() != null) {
            q.setParameter("t", filter.tag());
        }
        if (tags != null) {
            tags.bind(q);
        }
        return q.getResultList();
    }

    /**
     * The visibilities as enum literals in the query's text rather than a list parameter: Hibernate
     * keeps the translated SQL of a query only when it has no list parameter, and there are only a
     * few such sets. Nothing when every visibility is allowed.
     */
    private static String visibleIn(java.util.Set<Visibility> visibilities) {
        if (visibilities.containsAll(java.util.EnumSet.allOf(Visibility.class))) {
            return "";
        }
        return visibilities.stream()
                .sorted()
                .map(v -> "dev.kakehashi.domain.Visibility." + v.name())
                .collect(java.util.stream.Collectors.joining(", ", " and p.visibility in (", ")"));
    }

    /** Published public posts, newest first, one page (so are all the listings below). */
    public List<Post> published(int offset, int limit) {
        return tx.session()
                .createSelectionQuery("from Post p where " + PUBLISHED + NEWEST_FIRST, Post.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countPublished() {
        return tx.session()
                .createSelectionQuery("select count(*) from Post p where " + PUBLISHED, Long.class)
                .getSingleResult();
    }

    public List<Post> publishedBy(long authorId, int offset, int limit) {
        return tx.session()
                .createSelectionQuery("from Post p where p.author.id = :a and " + PUBLISHED + NEWEST_FIRST, Post.class)
                .setParameter("a", authorId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countPublishedBy(long authorId) {
        return tx.session()
                .createSelectionQuery("select count(*) from Post p where p.author.id = :a and " + PUBLISHED, Long.class)
                .setParameter("a", authorId)
                .getSingleResult();
    }

    /** When the author last published, or null. */
    public java.time.Instant lastPublishedAtBy(long authorId) {
        return tx.session()
                .createSelectionQuery(
                        "select max(p.publishedAt) from Post p where p.author.id = :a and " + PUBLISHED,
                        java.time.Instant.class)
                .setParameter("a", authorId)
                .getSingleResult();
    }

    public List<Post> publishedWithTag(String tag, int offset, int limit) {
        return tx.session()
                .createSelectionQuery(
                        "select p from Post p join p.tags t where t = :t and " + PUBLISHED + NEWEST_FIRST, Post.class)
                .setParameter("t", tag)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countPublishedWithTag(String tag) {
        return tx.session()
                .createSelectionQuery(
                        "select count(p) from Post p join p.tags t where t = :t and " + PUBLISHED, Long.class)
                .setParameter("t", tag)
                .getSingleResult();
    }

    /** Published posts in {@code [from, to)}, newest first: one month of the archive. */
    public List<Post> publishedBetween(Instant from, Instant to) {
        return tx.session()
                .createSelectionQuery(
                        "from Post p where " + PUBLISHED + " and p.publishedAt >= :f and p.publishedAt < :t"
                                + NEWEST_FIRST,
                        Post.class)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    /** Publication times of every published post, newest first: the archive's index. */
    public List<Instant> publishedTimes() {
        return tx.session()
                .createSelectionQuery(
                        "select p.publishedAt from Post p where " + PUBLISHED + " order by p.publishedAt desc",
                        Instant.class)
                .getResultList();
    }

    /** Every post but tombstones after {@code afterId}, by id, with its author: one page of an export. */
    public List<Post> allAfter(long afterId, int limit) {
        return tx.session()
                .createSelectionQuery(
                        "from Post p join fetch p.author where p.status <> dev.kakehashi.domain.PostStatus.DELETED"
                                + " and p.id > :after order by p.id",
                        Post.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Posts in the admin list: all but tombstones, or one status; authors see only their own. */
    public List<Post> forAdmin(PostStatus status, Long authorId, int offset, int limit) {
        StringBuilder q = new StringBuilder("from Post p where p.status <> dev.kakehashi.domain.PostStatus.DELETED");
        if (status != null) {
            q.append(" and p.status = :st");
        }
        if (authorId != null) {
            q.append(" and p.author.id = :a");
        }
        q.append(" order by p.updatedAt desc, p.id desc");
        var query = tx.session().createSelectionQuery(q.toString(), Post.class);
        if (status != null) {
            query.setParameter("st", status);
        }
        if (authorId != null) {
            query.setParameter("a", authorId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countWithStatus(PostStatus status, Long authorId) {
        String q =
                "select count(*) from Post p where p.status = :st" + (authorId != null ? " and p.author.id = :a" : "");
        var query = tx.session().createSelectionQuery(q, Long.class).setParameter("st", status);
        if (authorId != null) {
            query.setParameter("a", authorId);
        }
        return query.getSingleResult();
    }

    /** An author's scheduled posts in an id range (Mastodon's paging of scheduled statuses). */
    public List<Post> scheduledIn(long authorId, IdRange range) {
        return tx.session()
                .createSelectionQuery(
                        "from Post p join fetch p.author where p.status = dev.kakehashi.domain.PostStatus.SCHEDULED"
                                + " and p.author.id = :a and " + range.where("p.id") + range.order("p.id"),
                        Post.class)
                .setParameter("a", authorId)
                .setParameter("above", range.above())
                .setParameter("below", range.below())
                .setMaxResults(range.limit())
                .getResultList();
    }

    /** Scheduled posts whose time has come: a safety net for triggers a crash may have lost. */
    public List<Post> dueScheduled(Instant now) {
        return tx.session()
                .createSelectionQuery(
                        "from Post p where p.status = dev.kakehashi.domain.PostStatus.SCHEDULED"
                                + " and p.scheduledAt <= :now order by p.scheduledAt",
                        Post.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** Up to {@code limit} posts, other than deleted ones, whose rendering carries another stamp. */
    public List<Post> renderedOtherwise(String stamp, int limit) {
        return tx.session()
                .createSelectionQuery(
                        "from Post p where p.status <> dev.kakehashi.domain.PostStatus.DELETED"
                                + " and (p.renderStamp is null or p.renderStamp <> :stamp) order by p.id",
                        Post.class)
                .setParameter("stamp", stamp)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every tag on a published post with how many posts carry it, most used first. */
    public Map<String, Long> tagCounts(int limit) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Rows.map(
                        tx.session()
                                .createSelectionQuery(
                                        "select t as tag, count(p) as n from Post p join p.tags t where " + PUBLISHED
                                                + " group by t order by count(p) desc, t",
                                        Tuple.class)
                                .setMaxResults(limit)
                                .getResultList(),
                        r -> r)
                .forEach(r -> counts.put(r.str("tag"), r.lng("n")));
        return counts;
    }

    /** How many authors published something since {@code since}: NodeInfo's active users. */
    public long countAuthorsPublishedSince(Instant since) {
        return tx.session()
                .createSelectionQuery(
                        "select count(distinct p.author.id) from Post p where " + PUBLISHED_ANY
                                + " and p.publishedAt >= :s",
                        Long.class)
                .setParameter("s", since)
                .getSingleResult();
    }

    /**
     * The ids of posts published since {@code since} whose quote still waits for an answer and for
     * which no QuoteRequest was ever queued, oldest first.
     */
    public List<Long> unaskedQuotesSince(Instant since, int limit) {
        return Rows.list(
                tx.session(),
                "select p.id from post p where p.status = :published and p.published_at >= :since"
                        + " and p.quote_uri is not null and (p.quote_state is null or p.quote_state = :pending)"
                        + " and not exists (select 1 from outbox_activity o where o.post_id = p.id"
                        + " and o.activity_type = :request) order by p.id limit :limit",
                q -> q.setParameter("published", PostStatus.PUBLISHED.name())
                        .setParameter("since", since)
                        .setParameter("pending", QuoteState.PENDING.name())
                        .setParameter("request", ActivityType.QUOTE_REQUEST.asName())
                        .setParameter("limit", limit),
                r -> r.lng("id"));
    }
}
