package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.federation.remote.WebFingerResult;
import dev.kakehashi.service.FollowingService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.net.URI;

/**
 * What an author typed to follow, {@code @user@host} or an actor URL, as a remote actor. Mistakes
 * the author can fix are 422s on the form field; a server that fails is a 502.
 */
public final class RemoteTargets implements FollowingService.Targets {
    private static final String FIELD = "target";

    private final WebFingerClient webFinger;
    private final RemoteActorService actors;
    private final ActorIds ids;

    public RemoteTargets(WebFingerClient webFinger, RemoteActorService actors, ActorIds ids) {
        this.webFinger = webFinger;
        this.actors = actors;
        this.ids = ids;
    }

    @Override
    public RemoteActor resolve(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(FIELD, "Type a handle like @alice@example.social or a profile URL.");
        }
        String actorUri = text.startsWith("https://") || text.startsWith("http://") ? text : actorOf(text);
        if (ids.isOurs(actorUri)) {
            throw InvalidInputException.of(FIELD, "That account is on this blog; follow people on other servers.");
        }
        try {
            return actors.resolve(actorUri);
        } catch (RemoteFetchException e) {
            throw problem(text, e);
        }
    }

    private String actorOf(String handle) {
        WebFingerClient.Handle h = WebFingerClient.parseHandle(handle)
                .orElseThrow(() -> InvalidInputException.of(
                        FIELD, "\"" + handle + "\" is not a handle; type it like @alice@example.social."));
        WebFingerResult jrd;
        try {
            jrd = webFinger.lookup(h);
        } catch (RemoteFetchException e) {
            throw problem(handle, e);
        }
        return jrd.actor()
                .map(URI::toString)
                .orElseThrow(() -> InvalidInputException.of(
                        FIELD, handle + " has no ActivityPub account: their server lists none."));
    }

    private static ServiceException problem(String typed, RemoteFetchException e) {
        switch (e.reason()) {
            case NOT_FOUND:
                return InvalidInputException.of(FIELD, "No account " + typed + " was found on that server.");
            case GONE:
                return InvalidInputException.of(FIELD, typed + " was deleted.");
            case BLOCKED:
                return InvalidInputException.of(FIELD, typed + " is not an address Kakehashi may contact.");
            default:
                return unreachable(e);
        }
    }

    static ServiceException unreachable(RemoteFetchException e) {
        return new ServiceException(502, "Their server did not answer as expected: " + e.getMessage());
    }
}
