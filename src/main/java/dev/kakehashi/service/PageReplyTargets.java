package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.Post;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemotePostRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the replies on a page answer, by the target's id (URI): a comment on the blog (a reply an app
 * made to a comment), else a post kept from elsewhere, else one of the blog's posts. A note kept both
 * as a comment and by the reader has both ids: a blog post answering it names the comment (the id its
 * post's {@code context} lists it under), a post from elsewhere names the reader's copy (the one the
 * timelines show); each with
 * the status id the Mastodon API gives it and who wrote it. A target known here as none of those
 * is absent. At most four statements, whatever the page's length.
 */
final class PageReplyTargets {
    /**
     * A reply's target: its status id, and its author: a remote actor ({@code actorUri}) or one of
     * the blog's authors ({@code accountId}); {@code keptId}, the reader's copy of a comment's note
     * (null when the reader did not keep it), which a reply from elsewhere answers as the timelines
     * show it.
     */
    record Target(long id, String actorUri, Long accountId, Long keptId) {
        Target(long id, String actorUri, Long accountId) {
            this(id, actorUri, accountId, null);
        }
    }

    private final RemotePostRepository remotePosts;
    private final CommentRepository comments;
    private final PostRepository posts;
    private final Links links;

    PageReplyTargets(RemotePostRepository remotePosts, CommentRepository comments, PostRepository posts, Links links) {
        this.remotePosts = remotePosts;
        this.comments = comments;
        this.posts = posts;
        this.links = links;
    }

    Map<String, Target> of(Collection<String> uris) {
        Map<String, Target> found = new HashMap<>();
        if (uris.isEmpty()) {
            return found;
        }
        Map<String, Long> commentIds = comments.idsByUri(uris);
        for (Comment c : commentIds.isEmpty() ? List.<Comment>of() : comments.byIds(commentIds.values())) {
            found.put(c.uri(), new Target(c.id(), c.isLocal() ? null : c.actorUri(), c.accountId()));
        }
        remotePosts.refsOf(uris).forEach((uri, ref) -> {
            Target comment = found.get(uri);
            found.put(
                    uri,
                    comment == null
                            ? new Target(ref.id(), ref.actorUri(), null)
                            : new Target(comment.id(), comment.actorUri(), comment.accountId(), ref.id()));
        });
        Set<String> rest = new HashSet<>(uris);
        rest.removeAll(found.keySet());
        Map<Long, String> ours = new HashMap<>();
        for (String uri : rest) {
            links.local(uri).flatMap(LocalUrl::postId).ifPresent(id -> ours.put(id, uri));
        }
        if (!ours.isEmpty()) {
            Map<Long, Post> byId =
                    posts.byIds(ours.keySet()).stream().collect(Collectors.toMap(Post::id, p -> p, (a, b) -> a));
            ours.forEach((id, uri) -> {
                Post p = byId.get(id);
                if (p != null) {
                    found.put(uri, new Target(id, null, p.author().id()));
                }
            });
        }
        return found;
    }
}
