package dev.kakehashi.federation.actor;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.ItemsCollection;
import dev.kakehashi.federation.vocab.OrderedCollection;
import dev.kakehashi.federation.vocab.OrderedCollectionPage;
import dev.kakehashi.service.FederationSettings;
import dev.kakehashi.service.FederationSettings.ActorMode;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An actor's outbox, followers, following and featured collections (INTEROP A10): a front with the
 * real total and {@code first}, and pages of 20, newest first.
 */
public final class ActorCollections {
    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE = 10_000;

    private final Transactions tx;
    private final PostRepository posts;
    private final FollowerRepository followers;
    private final LocalActors actors;
    private final SiteService site;
    private final PinRepository pins;
    private final PostToObject objects;

    public ActorCollections(
            Transactions tx,
            PostRepository posts,
            FollowerRepository followers,
            LocalActors actors,
            SiteService site,
            PinRepository pins) {
        this.tx = tx;
        this.posts = posts;
        this.pins = pins;
        this.followers = followers;
        this.actors = actors;
        this.site = site;
        this.objects = new PostToObject(actors.ids());
    }

    /** @param page null for the collection's front, else the page number from 1 */
    public Object outbox(ActorRef ref, Integer page) {
        requireExists(ref);
        String id = actors.ids().outbox(ref);
        FederationSettings f = actors.settings();
        String language = site.current().language();
        return tx.call(() -> {
            long total = countPosts(ref);
            if (page == null) {
                return OrderedCollection.of(id, total);
            }
            int offset = offset(page);
            List<Object> items = postsOf(ref, offset).stream()
                    .map(p -> ref.kind() == ActorRef.Kind.BLOG && f.actorMode() == ActorMode.BOTH
                            ? (Object) objects.announce(p)
                            : (Object) objects.create(p, f, language))
                    .toList();
            return page(id, page, total, items);
        });
    }

    public Object followers(ActorRef ref, Integer page) {
        requireExists(ref);
        String id = actors.ids().followers(ref);
        return tx.call(() -> {
            long total = followers.countAccepted(ref.key());
            if (page == null) {
                return OrderedCollection.of(id, total);
            }
            return page(id, page, total, followers.accepted(ref.key(), offset(page), PAGE_SIZE));
        });
    }

    /** Local actors follow no one yet. */
    public Object following(ActorRef ref, Integer page) {
        requireExists(ref);
        String id = actors.ids().following(ref);
        return page == null ? OrderedCollection.of(id, 0) : page(id, page, 0, List.of());
    }

    /**
     * The actor's pinned posts (at most five), embedded, last pinned first: on the front (Misskey
     * reads it there) and on page 1 (Mastodon follows {@code first}). Only public and unlisted posts
     * the actor is the author of are listed.
     */
    public Object featured(ActorRef ref, Integer page) {
        requireExists(ref);
        String id = actors.ids().featured(ref);
        List<Object> items = ref.kind() == ActorRef.Kind.INSTANCE ? List.of() : pinned(ref);
        if (page == null) {
            return ItemsCollection.of(id, items);
        }
        offset(page);
        return page(id, page, items.size(), page == 1 ? items : List.of());
    }

    private List<Object> pinned(ActorRef ref) {
        FederationSettings f = actors.settings();
        String language = site.current().language();
        return tx.call(() -> {
            List<Long> pinned = pins.of(ref.kind() == ActorRef.Kind.BLOG ? null : ref.accountId());
            Map<Long, Post> found = new HashMap<>();
            posts.byIds(pinned).forEach(p -> found.put(p.id(), p));
            return pinned.stream()
                    .map(found::get)
                    .filter(p -> p != null
                            && p.isPublished()
                            && p.visibility().readableByAnyone()
                            && PostToObject.attributedTo(p, f.actorMode()).equals(ref))
                    .map(p -> (Object) objects.convert(p, f, language))
                    .toList();
        });
    }

    private long countPosts(ActorRef ref) {
        switch (ref.kind()) {
            case INSTANCE:
                return 0;
            case BLOG:
                return posts.countPublished();
            default:
                return posts.countPublishedBy(ref.accountId());
        }
    }

    private List<Post> postsOf(ActorRef ref, int offset) {
        switch (ref.kind()) {
            case INSTANCE:
                return List.of();
            case BLOG:
                return posts.published(offset, PAGE_SIZE);
            default:
                return posts.publishedBy(ref.accountId(), offset, PAGE_SIZE);
        }
    }

    private static OrderedCollectionPage page(String id, int page, long total, List<?> items) {
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new OrderedCollectionPage(
                Contexts.object(),
                id + "?page=" + page,
                "OrderedCollectionPage",
                id,
                total,
                page < pages ? id + "?page=" + (page + 1) : null,
                page > 1 ? id + "?page=" + (page - 1) : null,
                items);
    }

    private static int offset(int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw ServiceException.notFound("Page");
        }
        return (page - 1) * PAGE_SIZE;
    }

    private void requireExists(ActorRef ref) {
        if (actors.summary(ref).isEmpty()) {
            throw ServiceException.notFound("Actor");
        }
    }
}
