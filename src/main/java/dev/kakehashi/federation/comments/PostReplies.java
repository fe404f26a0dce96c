package dev.kakehashi.federation.comments;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.RepliesCollection;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.error.ServiceException;
import java.util.List;

/**
 * A post's {@code replies} collection (INTEROP A10.4): the ids of its published comments, oldest
 * first, {@value #PAGE_SIZE} a page at {@code <post>/replies?page=N}; the first page is embedded.
 */
public final class PostReplies {
    public static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE = 10_000;

    private final ActorIds ids;
    private final CommentService comments;

    public PostReplies(ActorIds ids, CommentService comments) {
        this.ids = ids;
        this.comments = comments;
    }

    /** The collection to embed in the post object. */
    public RepliesCollection embedded(long postId) {
        return collection(postId, null);
    }

    /**
     * The collection ({@code page} null) or one page, as served at its own URL; 404 unless the post
     * is published and public or unlisted (the comments on a followers-only post are not public).
     */
    public Object served(long postId, Integer page) {
        if (!comments.postOpenToAnyone(postId)) {
            throw ServiceException.notFound("Post");
        }
        if (page == null) {
            return collection(postId, Contexts.collection());
        }
        if (page < 1 || page > MAX_PAGE) {
            throw ServiceException.notFound("Page");
        }
        return page(postId, page, Contexts.collection());
    }

    private RepliesCollection collection(long postId, List<Object> context) {
        return new RepliesCollection(
                context, id(postId), "Collection", comments.countPublished(postId), page(postId, 1, null));
    }

    private RepliesCollection.Page page(long postId, int page, List<Object> context) {
        // One more than a page tells whether there is a next one without counting.
        List<String> items = comments.publishedUris(postId, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = items.size() > PAGE_SIZE;
        return new RepliesCollection.Page(
                context,
                id(postId) + "?page=" + page,
                "CollectionPage",
                id(postId),
                more ? id(postId) + "?page=" + (page + 1) : null,
                more ? items.subList(0, PAGE_SIZE) : items);
    }

    private String id(long postId) {
        return ids.replies(postId);
    }
}
