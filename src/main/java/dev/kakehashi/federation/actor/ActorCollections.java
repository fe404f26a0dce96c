package dev.kakehashi.federation.actor;

import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.ItemsCollection;
import dev.kakehashi.federation.vocab.OrderedCollection;
import dev.kakehashi.federation.vocab.OrderedCollectionPage;
import dev.kakehashi.service.FederationSettings;
import dev.kakehashi.service.FederationSettings.ActorMode;
import dev.kakehashi.service.LocalActorQueries;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.ServiceException;
import java.util.List;

/**
 * An actor's outbox, followers, following and featured collections (INTEROP A10): a front with the
 * real total and {@code first}, and pages of 20, newest first.
 */
public final class ActorCollections {
    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE = 10_000;

    private final LocalActorQueries queries;
    private final LocalActors actors;
    private final SiteService site;
    private final PostToObject objects;

    public ActorCollections(LocalActorQueries queries, LocalActors actors, SiteService site) {
        this.queries = queries;
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
        long total = queries.countPublished(ref.asKey());
        if (page == null) {
            return OrderedCollection.of(id, total);
        }
        List<Object> items = queries.published(
                ref.asKey(),
                offset(page),
                PAGE_SIZE,
                p -> ref.kind() == ActorRef.Kind.BLOG && f.actorMode() == ActorMode.BOTH
                        ? (Object) objects.announce(p)
                        : (Object) objects.create(p, f, language));
        return page(id, page, total, items);
    }

    public Object followers(ActorRef ref, Integer page) {
        requireExists(ref);
        String id = actors.ids().followers(ref);
        long total = queries.countFollowers(ref.asKey());
        if (page == null) {
            return OrderedCollection.of(id, total);
        }
        return page(id, page, total, queries.followers(ref.asKey(), offset(page), PAGE_SIZE));
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
        Long pinnedBy = ref.kind() == ActorRef.Kind.BLOG ? null : ref.accountId();
        return queries.pinned(pinnedBy, pinned -> pinned.stream()
                .filter(p -> p.isPublished()
                        && p.visibility().readableByAnyone()
                        && PostToObject.attributedTo(p, f.actorMode()).equals(ref))
                .map(p -> (Object) objects.convert(p, f, language))
                .toList());
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
