package dev.kakehashi.federation.moderation;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.federation.remote.WebFingerResult;
import dev.kakehashi.service.BlockService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actor an admin blocks, typed as a handle (WebFinger) or a URL: its id as its server states it
 * (a profile URL leads to the actor) and its own inbox, to cancel what waits for it. A block must
 * work even when its server is down, so a URL whose actor cannot be fetched is blocked as typed.
 */
public final class BlockTargetResolver implements BlockService.Targets {
    private static final Logger log = LoggerFactory.getLogger(BlockTargetResolver.class);

    private final WebFingerClient webFinger;
    private final RemoteActorService remoteActors;
    private final ActorIds ids;

    public BlockTargetResolver(WebFingerClient webFinger, RemoteActorService remoteActors, ActorIds ids) {
        this.webFinger = webFinger;
        this.remoteActors = remoteActors;
        this.ids = ids;
    }

    @Override
    public BlockService.Target actor(String typed) {
        String typedUri = actorUri(typed);
        try {
            RemoteActor actor = remoteActors.resolve(typedUri);
            return new BlockService.Target(actor.uri(), actor.inbox());
        } catch (RemoteFetchException e) {
            log.info("Blocking {} without its profile: {}", typedUri, e.getMessage());
            return new BlockService.Target(typedUri, null);
        }
    }

    private String actorUri(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("actor", "Type a handle like @spammer@spam.example or a profile URL.");
        }
        String uri = text.startsWith("https://") || text.startsWith("http://") ? checkedUrl(text) : viaWebFinger(text);
        if (ids.isOurs(uri)) {
            throw InvalidInputException.of("actor", "That account is on this blog.");
        }
        return uri;
    }

    private static String checkedUrl(String text) {
        try {
            URI u = new URI(text);
            if (u.getHost() == null || text.length() > 2048) {
                throw new IllegalArgumentException();
            }
            return u.toString();
        } catch (Exception e) {
            throw InvalidInputException.of("actor", "\"" + text + "\" is not a valid URL.");
        }
    }

    private String viaWebFinger(String handle) {
        WebFingerClient.Handle h = WebFingerClient.parseHandle(handle)
                .orElseThrow(() -> InvalidInputException.of(
                        "actor", "\"" + handle + "\" is not a handle; type it like @spammer@spam.example."));
        WebFingerResult jrd;
        try {
            jrd = webFinger.lookup(h);
        } catch (RemoteFetchException e) {
            if (e.reason() == RemoteFetchException.Reason.NOT_FOUND) {
                throw InvalidInputException.of("actor", "No account " + handle + " was found on that server.");
            }
            if (e.reason() == RemoteFetchException.Reason.BLOCKED) {
                throw InvalidInputException.of(
                        "actor",
                        handle + " cannot be looked up (its domain is blocked, or not an address we contact);"
                                + " type its profile URL instead.");
            }
            throw new ServiceException(
                    502,
                    "The server of " + handle + " could not be asked: " + e.getMessage() + ". Try its profile URL.");
        }
        return jrd.actor()
                .map(URI::toString)
                .orElseThrow(() -> InvalidInputException.of("actor", handle + " has no ActivityPub account."));
    }
}
