package dev.kakehashi.federation.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.convert.PollToQuestion;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.RepliesCollection;
import dev.kakehashi.service.PostObjectQueries;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.ServiceException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/** Posts as ActivityPub objects: the published ones, and Tombstones (410) for deleted ones. */
public final class LocalObjects {
    /**
     * What to answer: the status and the JSON body.
     *
     * @param restricted a 404 that a signed request from the right server would turn into the object
     */
    public record Served(int status, Object body, boolean restricted) {
        public Served(int status, Object body) {
            this(status, body, false);
        }
    }

    private static final ObjectMapper MAPPER =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final PostObjectQueries posts;
    private final LocalActors actors;
    private final SiteService site;
    private final PostToObject objects;
    private final LongFunction<RepliesCollection> replies;
    private final ReactionCounts counts;
    private final ObjectAudience audience;

    /**
     * @param replies a post's replies collection with its first page, by post id
     * @param counts the likes and shares the served object carries
     */
    public LocalObjects(
            PostObjectQueries posts,
            LocalActors actors,
            SiteService site,
            LongFunction<RepliesCollection> replies,
            ReactionCounts counts) {
        this.posts = posts;
        this.actors = actors;
        this.site = site;
        this.objects = new PostToObject(actors.ids());
        this.replies = replies;
        this.counts = counts;
        this.audience = new ObjectAudience(posts);
    }

    /**
     * A post's {@code likes} or {@code shares} collection: only its size, as Mastodon serves it.
     *
     * @param which "likes" or "shares"
     */
    public Served collection(long id, String which) {
        return posts.byId(id, found -> {
            Post p = found.filter(Post::isPublished)
                    .filter(q -> q.visibility().readableByAnyone())
                    .orElseThrow(() -> ServiceException.notFound("Post"));
            ReactionCounts.Counts c = counts.of(p.id());
            if (c == null) {
                throw ServiceException.notFound("Collection");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("@context", Contexts.ACTIVITYSTREAMS);
            body.putAll(
                    which.equals("likes")
                            ? size(actors.ids().likes(p.id()), c.likes())
                            : size(actors.ids().shares(p.id()), c.shares()));
            return new Served(200, body);
        });
    }

    public Served byId(long id) {
        return byId(id, null);
    }

    /** @param signer the verified signer of the request, or null: see {@link ObjectAudience} */
    public Served byId(long id, String signer) {
        return serve(answer -> posts.byId(id, answer), signer);
    }

    public Served byArticleSlug(String slug) {
        return byArticleSlug(slug, null);
    }

    public Served byArticleSlug(String slug, String signer) {
        return serve(answer -> posts.articleBySlug(slug, answer), signer);
    }

    private static Map<String, Object> size(String id, long total) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", id);
        collection.put("type", "Collection");
        collection.put("totalItems", total);
        return collection;
    }

    /** @param read runs the answer on the post it finds, inside the read */
    private Served serve(Function<Function<Optional<Post>, Served>, Served> read, String signer) {
        var federation = actors.settings();
        String language = site.current().language();
        return read.apply(found -> {
            Post p = found.orElseThrow(() -> ServiceException.notFound("Post"));
            if (p.isDeleted()) {
                return new Served(410, objects.tombstone(p));
            }
            if (!p.isPublished()) {
                throw ServiceException.notFound("Post");
            }
            ActorRef by = PostToObject.attributedTo(p, federation.actorMode());
            if (!audience.mayFetch(p, by, signer)) {
                return new Served(404, Map.of("error", "Post not found"), true);
            }
            Object object = PollToQuestion.of(
                    objects.convert(p, federation, language).withReplies(replies.apply(p.id())), posts.pollOf(p.id()));
            ReactionCounts.Counts c = counts.of(p.id());
            if (c == null) {
                return new Served(200, object);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> withCounts = MAPPER.convertValue(object, LinkedHashMap.class);
            withCounts.put("likes", size(actors.ids().likes(p.id()), c.likes()));
            withCounts.put("shares", size(actors.ids().shares(p.id()), c.shares()));
            return new Served(200, withCounts);
        });
    }
}
