package dev.kakehashi.store;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.PostMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comment rows an author's answer needs: the comment being answered, and the answer itself (a
 * {@code post_comment} row with {@code account_id} set) with the people it mentions.
 */
public final class AnswerRepository {
    /** One {@code post_comment} row as stored. */
    public record CommentRow(
            long id,
            long postId,
            Long parentId,
            int depth,
            String uri,
            String url,
            String actorUri,
            String actorHost,
            Long accountId,
            String contentHtml,
            CommentStatus status,
            Instant published,
            Instant deletedAt) {
        public boolean isLocal() {
            return accountId != null;
        }
    }

    /** What an answer is made of; the row is PUBLISHED at once (an author needs no moderation). */
    public record NewAnswer(
            long id,
            long postId,
            long parentId,
            int depth,
            String uri,
            String url,
            String actorUri,
            String actorHost,
            long accountId,
            String contentHtml,
            Instant at) {}

    private static final String COLUMNS = "id, post_id, parent_id, depth, uri, url, actor_uri, actor_host,"
            + " account_id, content_html, status, published, deleted_at";

    private final Transactions tx;

    public AnswerRepository(Transactions tx) {
        this.tx = tx;
    }

    public Optional<CommentRow> byId(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = tx.session()
                .createNativeQuery("select " + COLUMNS + " from post_comment where id = :id", Object[].class)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(AnswerRepository::row);
    }

    public void add(NewAnswer a) {
        tx.session()
                .createNativeMutationQuery("insert into post_comment (id, post_id, parent_id, depth, uri, url,"
                        + " actor_uri, actor_host, account_id, content_html, sensitive, status, published,"
                        + " received_at) values (:id, :post, :parent, :depth, :uri, :url, :actor, :host,"
                        + " :account, :html, false, :status, :at, :at)")
                .setParameter("id", a.id())
                .setParameter("post", a.postId())
                .setParameter("parent", a.parentId())
                .setParameter("depth", a.depth())
                .setParameter("uri", a.uri())
                .setParameter("url", a.url())
                .setParameter("actor", a.actorUri())
                .setParameter("host", a.actorHost())
                .setParameter("account", a.accountId())
                .setParameter("html", a.contentHtml())
                .setParameter("status", CommentStatus.PUBLISHED.name())
                .setParameter("at", a.at(), Instant.class)
                .executeUpdate();
    }

    public void addMentions(long commentId, List<PostMention> mentions) {
        int position = 0;
        for (PostMention m : mentions) {
            tx.session()
                    .createNativeMutationQuery("insert into comment_mention (comment_id, position, acct, actor_uri,"
                            + " profile_url) values (:c, :p, :acct, :actor, :url)")
                    .setParameter("c", commentId)
                    .setParameter("p", position++)
                    .setParameter("acct", m.acct())
                    .setParameter("actor", m.actorUri())
                    .setParameter("url", m.profileUrl())
                    .executeUpdate();
        }
    }

    public List<PostMention> mentions(long commentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = tx.session()
                .createNativeQuery(
                        "select acct, actor_uri, profile_url from comment_mention where comment_id = :c"
                                + " order by position",
                        Object[].class)
                .setParameter("c", commentId)
                .getResultList();
        List<PostMention> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new PostMention((String) r[0], (String) r[1], (String) r[2]));
        }
        return out;
    }

    private static CommentRow row(Object[] r) {
        return new CommentRow(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(),
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(),
                (String) r[9],
                CommentStatus.valueOf((String) r[10]),
                DeliveryRepository.toInstant(r[11]),
                r[12] == null ? null : DeliveryRepository.toInstant(r[12]));
    }
}
