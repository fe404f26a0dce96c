package dev.kakehashi.federation.remote;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.service.LocalActorQueries;
import dev.kakehashi.service.RemoteActorCache;
import dev.kakehashi.service.content.Mentions;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who {@code @user@host} is: a local author when the host is ours, else the remote actor that
 * WebFinger names (an actor fetched in the last day is taken from the cache, without WebFinger).
 * Unknown names and failing servers give nothing; the handle then stays text.
 */
public final class MentionDirectory implements Mentions.Directory {
    private static final Logger log = LoggerFactory.getLogger(MentionDirectory.class);

    private final WebFingerClient webFinger;
    private final RemoteActorService remoteActors;
    private final RemoteActorCache cache;
    private final LocalActors localActors;
    private final LocalActorQueries accounts;
    private final Clock clock;

    public MentionDirectory(
            WebFingerClient webFinger,
            RemoteActorService remoteActors,
            RemoteActorCache cache,
            LocalActors localActors,
            LocalActorQueries accounts,
            Clock clock) {
        this.webFinger = webFinger;
        this.remoteActors = remoteActors;
        this.cache = cache;
        this.localActors = localActors;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<PostMention> find(String user, String host) {
        String acct = user + "@" + host;
        if (host.equalsIgnoreCase(localActors.ids().links().authority())) {
            return local(user, acct);
        }
        Optional<RemoteActor> known = cache.byAcct(user, host)
                .filter(a -> !a.isGone()
                        && a.fetchedAt() != null
                        && a.fetchedAt().isAfter(clock.instant().minus(RemoteActorService.FRESH_FOR)));
        if (known.isPresent()) {
            return Optional.of(mention(acct, known.get()));
        }
        try {
            WebFingerResult jrd = webFinger.lookup(new WebFingerClient.Handle(user, host));
            if (!names(jrd, user)) {
                log.warn("WebFinger for @{} answered about {}: the mention stays text", acct, jrd.subject());
                return Optional.empty();
            }
            Optional<URI> actor = jrd.actor();
            if (actor.isEmpty()) {
                log.info("@{} has no ActivityPub actor: the mention stays text", acct);
                return Optional.empty();
            }
            return Optional.of(mention(acct, remoteActors.resolve(actor.get().toString())));
        } catch (RemoteFetchException e) {
            log.warn("Could not resolve @{} ({}): the mention stays text", acct, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The actor with this id as a mention: a local actor, or a remote one from the cache (fetched when
     * stale). A remote actor that cannot be fetched is still addressed by its id, named from its URL.
     */
    @Override
    public Optional<PostMention> byActor(String actorUri) {
        var local = localActors.ids().parse(actorUri).flatMap(localActors::summary);
        if (local.isPresent()) {
            String acct =
                    local.get().username() + "@" + localActors.ids().links().authority();
            return Optional.of(
                    new PostMention(acct, local.get().id(), local.get().profileUrl()));
        }
        try {
            RemoteActor actor = remoteActors.resolve(actorUri);
            return Optional.of(mention(actor.acct(), actor));
        } catch (RemoteFetchException e) {
            log.warn("Could not fetch {} ({}): addressing it by its id", actorUri, e.getMessage());
            URI uri = URI.create(actorUri);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String user = path.substring(path.lastIndexOf('/') + 1).replaceFirst("^@", "");
            return Optional.of(new PostMention(
                    (user.isEmpty() ? "someone" : user) + "@" + uri.getRawAuthority(), actorUri, actorUri));
        }
    }

    /**
     * Whether the answer is about the user asked for: its subject is {@code acct:user@...} (the host
     * may differ, for a domain that delegates its WebFinger), so a server answering the same document
     * for every name cannot turn one person's mention into another's.
     */
    static boolean names(WebFingerResult jrd, String user) {
        String subject = jrd.subject().toLowerCase(java.util.Locale.ROOT);
        if (subject.startsWith("acct:")) {
            subject = subject.substring(5);
        }
        int at = subject.lastIndexOf('@');
        return at > 0 && subject.substring(0, at).equalsIgnoreCase(user.startsWith("@") ? user.substring(1) : user);
    }

    private Optional<PostMention> local(String user, String acct) {
        var ref = localActors.byUsername(user).flatMap(localActors::summary);
        if (ref.isPresent()) {
            return Optional.of(new PostMention(acct, ref.get().id(), ref.get().profileUrl()));
        }
        // An author who is not an actor (blog-only mode) still has a page to link to.
        return accounts.author(user, Account::username)
                .map(name ->
                        new PostMention(acct, null, localActors.ids().links().author(name)));
    }

    private static PostMention mention(String acct, RemoteActor actor) {
        String profile = actor.url() != null && actor.url().matches("^https?://.*") ? actor.url() : actor.uri();
        return new PostMention(acct, actor.uri(), profile);
    }
}
