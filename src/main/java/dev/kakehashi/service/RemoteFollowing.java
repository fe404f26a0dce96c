package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.time.Instant;
import java.util.List;

/**
 * An author following people on other servers, and reading what they post. Implemented by the
 * federation layer; the admin only sees these read models.
 */
public interface RemoteFollowing {
    /** A followed account; {@code state} is PENDING until their server accepts. */
    record Followed(String actorUri, String handle, String name, String profileUrl, String state) {}

    /** A post received from a followed account; {@code contentHtml} is sanitized. */
    record ReceivedPost(
            String uri,
            String url,
            String actorUri,
            String authorName,
            String authorHandle,
            String title,
            String contentHtml,
            Instant published,
            Instant updated) {}

    /**
     * Follows {@code target} (a {@code @user@host} handle or an actor URL) as the author's actor: the
     * row is PENDING and a {@code Follow} is queued for their inbox.
     *
     * @throws InvalidInputException (422) for a bad handle, an unknown or local account
     * @throws ServiceException 502 when their server cannot be reached or answers nonsense
     */
    Followed follow(long accountId, String target);

    /** Stops following: queues {@code Undo{Follow}} and removes the row. 404 when not followed. */
    void unfollow(long accountId, String actorUri);

    /** Who the author follows, newest first. */
    List<Followed> following(long accountId);

    /** The newest posts from the accounts the author follows. */
    List<ReceivedPost> recentPosts(long accountId, int limit);
}
