package dev.kakehashi.store;

import dev.kakehashi.domain.Post;
import java.util.List;

/** The blog's published public posts and their tags, searched by their words. */
public final class PostSearchRepository {
    private static final String PUBLISHED = PostRepository.PUBLISHED;

    private final Transactions tx;

    public PostSearchRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Published public posts whose title or text contains {@code text} (case-insensitive), newest
     * first, one page, with their authors: the blog's part of a status search.
     */
    public List<Post> searchPublished(String text, int offset, int limit) {
        return searchPublished(text, null, offset, limit);
    }

    /** As {@link #searchPublished(String, int, int)}, only the posts of author {@code authorId} when not null. */
    public List<Post> searchPublished(String text, Long authorId, int offset, int limit) {
        var q = tx.session()
                .createSelectionQuery(
                        "from Post p join fetch p.author where " + PUBLISHED
                                + " and (lower(p.title) like :t escape '!' or lower(p.bodyMarkdown) like :t escape '!')"
                                + (authorId == null ? "" : " and p.author.id = :a")
                                + " order by p.id desc",
                        Post.class);
        if (authorId != null) {
            q.setParameter("a", authorId);
        }
        return q.setParameter("t", contains(text))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Tags of published public posts that start with {@code prefix} (case-insensitive), by name. */
    public List<String> tagsStartingWith(String prefix, int offset, int limit) {
        String p = prefix.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return tx.session()
                .createSelectionQuery(
                        "select distinct t from Post p join p.tags t where " + PUBLISHED
                                + " and lower(t) like :t escape '!' order by t",
                        String.class)
                .setParameter("t", p + "%")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    private static String contains(String text) {
        return "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
    }
}
