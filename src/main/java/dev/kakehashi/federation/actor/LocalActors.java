package dev.kakehashi.federation.actor;

import dev.kakehashi.federation.convert.AccountToPerson;
import dev.kakehashi.federation.convert.BlogToActor;
import dev.kakehashi.federation.convert.InstanceToApplication;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ActorDocument;
import dev.kakehashi.service.FederationSettings;
import dev.kakehashi.service.LocalActorQueries;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.ServiceException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which local actors exist under the current actor mode, how they are named, and their documents.
 * The instance actor always exists; the blog and the authors depend on the mode.
 */
public final class LocalActors {
    /** What WebFinger needs to know about an actor. */
    public record Summary(
            ActorRef ref, String id, String username, String profileUrl, String avatarUrl, String avatarType) {}

    private final LocalActorQueries queries;
    private final SiteService site;
    private final ActorIds ids;
    private final ActorKeys keys;

    public LocalActors(LocalActorQueries queries, SiteService site, ActorIds ids, ActorKeys keys) {
        this.queries = queries;
        this.site = site;
        this.ids = ids;
        this.keys = keys;
    }

    public ActorIds ids() {
        return ids;
    }

    public FederationSettings settings() {
        return site.federation();
    }

    /** Who an author's writing is attributed to under the current mode: the author, or the blog. */
    public ActorRef attributedTo(long accountId) {
        return settings().actorMode().authors() ? ActorRef.author(accountId) : ActorRef.BLOG;
    }

    /** The actor with this username ({@code alice}, the blog handle, or the host for the instance). */
    public Optional<ActorRef> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String u = username.toLowerCase(Locale.ROOT);
        if (u.equals(InstanceToApplication.username(ids))) {
            return Optional.of(ActorRef.INSTANCE);
        }
        FederationSettings f = settings();
        if (f.actorMode().blog() && u.equals(f.blogHandle())) {
            return Optional.of(ActorRef.BLOG);
        }
        if (!f.actorMode().authors()) {
            return Optional.empty();
        }
        return queries.author(u, a -> ActorRef.author(a.id()));
    }

    /** A summary of the actor if it exists under the current mode. */
    public Optional<Summary> summary(ActorRef ref) {
        FederationSettings f = settings();
        switch (ref.kind()) {
            case INSTANCE:
                return Optional.of(new Summary(
                        ref,
                        ids.actor(ref),
                        InstanceToApplication.username(ids),
                        ids.links().home(),
                        null,
                        null));
            case BLOG:
                return f.actorMode().blog()
                        ? Optional.of(new Summary(
                                ref, ids.actor(ref), f.blogHandle(), ids.links().home(), null, null))
                        : Optional.empty();
            default:
                if (!f.actorMode().authors()) {
                    return Optional.empty();
                }
                return queries.author(
                        ref.accountId(),
                        a -> new Summary(
                                ref,
                                ids.actor(ref),
                                a.username(),
                                ids.links().author(a.username()),
                                a.avatar() == null
                                        ? null
                                        : ids.links().media(a.avatar().fileName()),
                                a.avatar() == null ? null : a.avatar().contentType()));
        }
    }

    /** The actor's document; 404 when it does not exist under the current mode. */
    public ActorDocument document(ActorRef ref) {
        if (summary(ref).isEmpty()) {
            throw ServiceException.notFound("Actor");
        }
        // The key is made (once) outside the read below, so no unit of work waits on RSA.
        String pem = keys.publicKeyPem(ref);
        switch (ref.kind()) {
            case INSTANCE:
                return new InstanceToApplication(ids).convert(pem);
            case BLOG:
                return new BlogToActor(ids)
                        .convert(
                                site.current(),
                                settings().blogHandle(),
                                pem,
                                queries.firstAccountCreatedAt(),
                                site.approvesFollowersManually(),
                                site.blogAlsoKnownAs(),
                                site.blogMovedTo());
            default:
                boolean manually = site.approvesFollowersManually();
                return queries.author(ref.accountId(), a -> new AccountToPerson(ids).convert(a, pem, manually))
                        .orElseThrow(() -> ServiceException.notFound("Actor"));
        }
    }
}
