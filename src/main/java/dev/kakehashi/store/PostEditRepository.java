package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The stored versions of edited posts (the post_edit table), oldest first. */
public final class PostEditRepository {
    /**
     * One version: its title (articles), rendered body, images in order, whether they were marked
     * sensitive, its content warning (null for none), and when it was written.
     */
    public record Version(
            String title, String bodyHtml, List<Long> mediaIds, boolean sensitive, String contentWarning, Instant at) {}

    private final Transactions tx;

    public PostEditRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(long postId, Version v) {
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
    public List<Version> of(long postId) {
        return versions(postId, Integer.MAX_VALUE);
    }

    private List<Version> versions(long postId, int limit) {
        return Rows.list(
                tx.session(),
                "select title, body_html, media_ids, sensitive, content_warning, created_at from post_edit"
                        + " where post_id = :p order by id",
                q -> q.setParameter("p", postId).setMaxResults(limit),
                r -> new Version(
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
