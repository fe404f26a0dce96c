package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemotePostRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The posts a page's quote posts quote, by the quoted id (URI), in two queries whatever the page's
 * size: the blog's own (a {@code /posts/<id>} URI) and those received from elsewhere. Only what
 * anyone may read is shown in a quote; a quoted post that is gone, private or never received is
 * absent.
 */
final class QuotedStatuses {
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final Links links;

    QuotedStatuses(PostRepository posts, RemotePostRepository remotePosts, Links links) {
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.links = links;
    }

    /** Joins the caller's unit of work. */
    Map<String, StatusSource> of(Collection<String> uris) {
        Map<String, StatusSource> out = new HashMap<>();
        if (uris.isEmpty()) {
            return out;
        }
        Set<Long> ownIds = new HashSet<>();
        Set<String> remote = new HashSet<>();
        for (String uri : uris) {
            links.local(uri).flatMap(LocalUrl::postId).ifPresentOrElse(ownIds::add, () -> remote.add(uri));
        }
        for (Post p : posts.byIds(ownIds)) {
            if (StatusQueries.visibleTo(p, null)) {
                out.put(links.post(p.id()), new StatusSource.Local(p));
            }
        }
        for (RemotePost p : remotePosts.liveByUris(remote)) {
            if (!p.isForSomeOnly()) {
                out.put(p.content().uri(), new StatusSource.Remote(p));
            }
        }
        return out;
    }
}
