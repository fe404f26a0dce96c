package dev.kakehashi.service;

import java.util.Optional;

/**
 * An author leaving for another account (FEP-7628): the new account must list the author's actor
 * in {@code alsoKnownAs}; then every follower is sent {@code Move} and the actor shows {@code
 * movedTo}. Implemented by the federation layer.
 */
public interface MoveOut {
    /** The author's new account: its actor URL and {@code @user@host} handle. */
    record Moved(String actorUri, String handle) {}

    /**
     * Moves the author to {@code target} (a handle or an actor URL).
     *
     * @throws dev.kakehashi.service.error.InvalidInputException 422 on the {@code target} field for
     *     a bad or unknown handle, or a new account that does not list this one in alsoKnownAs
     * @throws dev.kakehashi.service.error.ServiceException 502 when their server cannot be reached
     */
    Moved moveTo(long accountId, String target);

    /** Takes the move back: the actor no longer shows {@code movedTo}. */
    void stay(long accountId);

    /** Where the author moved to, if they did. */
    Optional<Moved> movedTo(long accountId);
}
