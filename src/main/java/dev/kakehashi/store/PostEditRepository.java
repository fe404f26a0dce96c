package dev.kakehashi.store;

import dev.kakehashi.domain.PostVersion;
import dev.kakehashi.domain.Snowflake;
import java.util.Arrays;
import java.util.List;

/** The stored versions of edited posts (the post_edit table), oldest first. */
public final class PostEditRepository {
    private final Transactions tx;

    public PostEditRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(long postId, PostVersion v) {
        tx.session()
                .createNativeMutationQuery(
                        "insert into post_edit (id, post_id, title, body_html, media_ids, sensitive, content_warning,"
                                + " created_at) values (:id, :p, :t, :b, :m, :s, :cw, :at)")
                .setParameter("s", v.sensitive())
                .setParameter("cw", v.contentWarning(), String.class)
                .setParameter("id", Snowflake.next())
                .setParameter("p", postId)
                .setParameter("t", v.title(), String.class)
                .setParameter("b", v.bodyHtml())
                .setParameter(
                        "m",
                        String.join(
                                ",", v.mediaIds().stream().map(String::valueOf).toList()))
                .setParameter("at", v.at())
                .executeUpdate();
    }

    public boolean any(long postId) {
        return !versions(postId, 1).isEmpty();
    }

    /** Every stored version of a post, oldest first. */
    public List<PostVersion> of(long postId) {
        return versions(postId, Integer.MAX_VALUE);
    }

    private List<PostVersion> versions(long postId, int limit) {
        return Rows.list(
                tx.session(),
                "select title, body_html, media_ids, sensitive, content_warning, created_at from post_edit"
                        + " where post_id = :p order by id",
                q -> q.setParameter("p", postId).setMaxResults(limit),
                r -> new PostVersion(
                        r.str("title"),
                        r.str("body_html"),
                        ids(r.str("media_ids")),
                        r.bool("sensitive"),
                        r.str("content_warning"),
                        r.instant("created_at")));
    }

    private static List<Long> ids(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
