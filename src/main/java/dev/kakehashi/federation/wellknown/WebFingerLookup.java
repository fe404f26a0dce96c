package dev.kakehashi.federation.wellknown;

import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.LocalUrl;
import dev.kakehashi.service.error.ServiceException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Answers a WebFinger resource: {@code acct:user@host} or a URL of ours (actor id or profile page).
 * 400 without a resource, 404 for anyone unknown, 410 for a deleted public or unlisted post's URL.
 * A followers-only or direct post's URL, live or deleted, is 404 like any unknown resource: the
 * answer must not tell a stranger that a hidden post exists or existed.
 */
public final class WebFingerLookup {
    static final String AP_TYPE = "application/activity+json";

    private final LocalActors actors;
    private final ActorIds ids;
    private final LongPredicate postGone;

    /**
     * @param postGone tells whether a post id is the tombstone of a post anyone could read; false
     *     for a hidden (followers-only, direct) post's, so it answers as unknown
     */
    public WebFingerLookup(LocalActors actors, LongPredicate postGone) {
        this.actors = actors;
        this.ids = actors.ids();
        this.postGone = postGone;
    }

    public Jrd find(String rawResource) {
        if (rawResource == null || rawResource.isBlank()) {
            throw new ServiceException(400, "resource is required");
        }
        String resource = rawResource.strip();
        // Jersey decodes once; a client that encoded twice still gets its answer.
        if (resource.contains("%")) {
            try {
                resource = URLDecoder.decode(resource, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ServiceException(400, "resource is not a valid acct: URI or URL");
            }
        }
        ActorRef ref = resolve(resource).orElseThrow(() -> ServiceException.notFound("Account"));
        LocalActors.Summary actor = actors.summary(ref).orElseThrow(() -> ServiceException.notFound("Account"));
        return jrd(actor);
    }

    private Optional<ActorRef> resolve(String resource) {
        String lower = resource.toLowerCase(Locale.ROOT);
        if (lower.startsWith("acct:")) {
            String handle = resource.substring(5);
            if (handle.startsWith("@")) {
                handle = handle.substring(1);
            }
            int at = handle.lastIndexOf('@');
            if (at <= 0
                    || !handle.substring(at + 1).equalsIgnoreCase(ids.links().authority())) {
                return Optional.empty();
            }
            return actors.byUsername(handle.substring(0, at));
        }
        Optional<ActorRef> byId = ids.parse(resource);
        if (byId.isPresent()) {
            return byId;
        }
        Optional<LocalUrl> local = ids.local(resource);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> username = local.get().username();
        if (username.isPresent()) {
            return actors.byUsername(username.get());
        }
        if (local.get().path().isEmpty() && local.get().query() == null) {
            return actors.settings().actorMode().blog() ? Optional.of(ActorRef.BLOG) : Optional.empty();
        }
        if (local.get().postId().filter(postGone::test).isPresent()) {
            throw ServiceException.gone("Post");
        }
        return Optional.empty();
    }

    private Jrd jrd(LocalActors.Summary a) {
        String subject = "acct:" + a.username() + "@" + ids.links().authority();
        List<Jrd.Link> links = new ArrayList<>();
        links.add(new Jrd.Link("http://webfinger.net/rel/profile-page", "text/html", a.profileUrl(), null));
        links.add(new Jrd.Link("self", AP_TYPE, a.id(), null));
        links.add(new Jrd.Link(
                "http://ostatus.org/schema/1.0/subscribe", null, null, ids.authorizeInteraction() + "?uri={uri}"));
        if (a.avatarUrl() != null) {
            links.add(new Jrd.Link("http://webfinger.net/rel/avatar", a.avatarType(), a.avatarUrl(), null));
        }
        List<String> aliases = a.profileUrl().equals(a.id()) ? List.of(a.id()) : List.of(a.profileUrl(), a.id());
        return new Jrd(subject, aliases, links);
    }
}
