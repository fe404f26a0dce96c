package dev.kakehashi.service;

import java.time.Duration;
import java.util.Optional;

/**
 * An author, or the blog actor, leaving for another account (FEP-7628): the new account must list
 * the actor in {@code alsoKnownAs}; then every follower is sent {@code Move} and the actor shows
 * {@code movedTo}. An actor that moved cannot move again for {@link #COOLDOWN}, as on Mastodon.
 * Implemented by the federation layer.
 */
public interface MoveOut {
    /** How long after a move the same actor cannot move again (Mastodon's rule). */
    Duration COOLDOWN = Duration.ofDays(30);

    /** The author's new account: its actor URL and {@code @user@host} handle. */
    record Moved(String actorUri, String handle) {}

    /**
     * Moves the author to {@code target} (a handle or an actor URL).
     *
     * @throws dev.kakehashi.service.error.InvalidInputException 422 on the {@code target} field for
     *     a bad or unknown handle, a new account that does not list this one in alsoKnownAs, or a
     *     move within {@link #COOLDOWN} of the last one
     * @throws dev.kakehashi.service.error.ServiceException 502 when their server cannot be reached
     */
    Moved moveTo(long accountId, String target);

    /** Takes the move back: the actor no longer shows {@code movedTo}. */
    void stay(long accountId);

    /** Where the author moved to, if they did. */
    Optional<Moved> movedTo(long accountId);

    /** As {@link #moveTo} for the blog actor: its followers are sent the Move. */
    Moved moveBlogTo(String target);

    /** As {@link #stay} for the blog actor. */
    void blogStays();

    /** Where the blog actor moved to, if it did. */
    Optional<Moved> blogMovedTo();
}
