package dev.kakehashi.store;

import dev.kakehashi.domain.AnswerVersion;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.NewComment;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an author's answer needs: the comment being answered and the answer itself (a comment with
 * {@code account_id} set, stored by {@link CommentRepository}), the people it mentions, and its
 * earlier versions (the answer_version table).
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
            String markdown,
            Instant at) {}

    private final Transactions tx;
    private final CommentRepository comments;

    public AnswerRepository(Transactions tx) {
        this.tx = tx;
        this.comments = new CommentRepository(tx);
    }

    public Optional<Comment> byId(long id) {
        return comments.byId(id);
    }

    /**
     * Deletes the answer: a tombstone, as the moderation queue's delete leaves (its content goes, and
     * its earlier versions with it).
     */
    public boolean tombstone(long id, Instant now) {
        forgetVersions(id);
        return comments.tombstone(id, now);
    }

    /**
     * Replaces a live answer's content (with its edit time in {@code updated}) and the Markdown it is
     * made from, and keeps the version it replaces, made at {@code wasMadeAt}, with that version's
     * Markdown when it had one; false, keeping nothing, when there is no live answer.
     */
    public boolean edit(long id, CommentContent was, Instant wasMadeAt, CommentContent content, String markdown) {
        String wasMarkdown = comments.markdown(id).orElse(null);
        if (!comments.updateContent(id, content)) {
            return false;
        }
        comments.keepMarkdown(id, markdown);
        tx.session()
                .createNativeMutationQuery("insert into answer_version (id, comment_id, content_html, content_markdown,"
                        + " summary, sensitive, created_at) values (:id, :c, :html, :md, :summary, :sensitive, :at)")
                .setParameter("id", Snowflake.next())
                .setParameter("c", id)
                .setParameter("html", was.contentHtml())
                .setParameter("md", wasMarkdown, String.class)
                .setParameter("summary", was.summary(), String.class)
                .setParameter("sensitive", was.sensitive())
                .setParameter("at", wasMadeAt)
                .executeUpdate();
        return true;
    }

    /** The Markdown its author wrote for live answer {@code id}; none for an answer written before V105. */
    public Optional<String> markdown(long id) {
        return comments.markdown(id);
    }

    /** The earlier versions of an answer, oldest first; none for an answer never edited (or any other comment). */
    public List<AnswerVersion> versions(long id) {
        return Rows.list(
                tx.session(),
                "select content_html, summary, sensitive, created_at from answer_version where comment_id = :c"
                        + " order by id",
                q -> q.setParameter("c", id),
                r -> new AnswerVersion(
                        r.str("content_html"), r.str("summary"), r.bool("sensitive"), r.instant("created_at")));
    }

    /** Drops a deleted comment's earlier versions (an answer's; other comments have none). */
    private void forgetVersions(long id) {
        tx.session()
                .createNativeMutationQuery("delete from answer_version where comment_id = :c")
                .setParameter("c", id)
                .executeUpdate();
    }

    /**
     * Stores the answer as a published comment of its author, with no summary, warning or attachment,
     * and the Markdown it was written in.
     */
    public void add(NewAnswer a) {
        comments.add(
                a.id(),
                new NewComment(
                        a.postId(),
                        a.parentId(),
                        a.depth(),
                        a.uri(),
                        a.url(),
                        a.actorUri(),
                        a.actorHost(),
                        a.accountId(),
                        new CommentContent(a.contentHtml(), null, false, null, null),
                        CommentStatus.PUBLISHED,
                        a.at()),
                a.at());
        comments.keepMarkdown(a.id(), a.markdown());
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
