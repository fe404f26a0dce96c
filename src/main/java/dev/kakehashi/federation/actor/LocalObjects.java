package dev.kakehashi.federation.actor;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.vocab.RepliesCollection;
import dev.kakehashi.service.ServiceException;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.Optional;
import java.util.function.LongFunction;

/** Posts as ActivityPub objects: the published ones, and Tombstones (410) for deleted ones. */
public final class LocalObjects {
    /** What to answer: the status and the JSON body. */
    public record Served(int status, Object body) {}

    private final Transactions tx;
    private final PostRepository posts;
    private final LocalActors actors;
    private final SiteService site;
    private final PostToObject objects;
    private final LongFunction<RepliesCollection> replies;

    /** @param replies a post's replies collection with its first page, by post id */
    public LocalObjects(
            Transactions tx,
            PostRepository posts,
            LocalActors actors,
            SiteService site,
            LongFunction<RepliesCollection> replies) {
        this.tx = tx;
        this.posts = posts;
        this.actors = actors;
        this.site = site;
        this.objects = new PostToObject(actors.ids());
        this.replies = replies;
    }

    public Served byId(long id) {
        return serve(() -> posts.byId(id));
    }

    public Served byArticleSlug(String slug) {
        return serve(() -> posts.bySlug(slug).filter(Post::isArticle));
    }

    private Served serve(java.util.function.Supplier<Optional<Post>> find) {
        var federation = actors.settings();
        String language = site.current().language();
        return tx.call(() -> {
            Post p = find.get().orElseThrow(() -> ServiceException.notFound("Post"));
            if (p.isDeleted()) {
                return new Served(410, objects.tombstone(p));
            }
            if (!p.isPublished()) {
                throw ServiceException.notFound("Post");
            }
            return new Served(200, objects.convert(p, federation, language).withReplies(replies.apply(p.id())));
        });
    }
}
