package dev.kakehashi.store;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.PostMention;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The comment rows an author's answer needs: the comment being answered, and the answer itself (a
 * {@code post_comment} row with {@code account_id} set) with the people it mentions.
 */
public final class AnswerRepository {
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

    private final Transactions tx;

    public AnswerRepository(Transactions tx) {
        this.tx = tx;
    }

    public Optional<Comment> byId(long id) {
        return Rows.first(
                tx.session(),
                "select " + CommentRepository.COLUMNS + " from post_comment c where c.id = :id",
                q -> q.setParameter("id", id),
                CommentRepository::row);
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
        return Rows.list(
                tx.session(),
                "select acct, actor_uri, profile_url from comment_mention where comment_id = :c order by position",
                q -> q.setParameter("c", commentId),
                r -> new PostMention(r.str("acct"), r.str("actor_uri"), r.str("profile_url")));
    }
}
