package dev.kakehashi.service;

import dev.kakehashi.domain.RemoteActor;
import java.util.Optional;

/**
 * Finding what lives on other servers for a search with {@code resolve}: implemented by the
 * federation layer with WebFinger and signed, guarded fetches. Both fetch over the network, so call
 * them outside any unit of work. A server that cannot be asked, or answers nonsense, finds nothing.
 */
public interface RemoteLookup {
    /**
     * The account {@code @user@host} (WebFinger, then its actor document), kept in the actor cache
     * so that it has a stable id from now on.
     */
    Optional<RemoteActor> account(String handle);

    /** What an http(s) URL names: a post (stored as a remote post) or an account. */
    Optional<Found> url(String url);

    /** What a URL turned out to be: a post, by its status id, or an account. */
    record Found(Long statusId, RemoteActor account) {}
}
