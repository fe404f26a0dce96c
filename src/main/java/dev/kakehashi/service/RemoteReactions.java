package dev.kakehashi.service;

import dev.kakehashi.service.error.ServiceException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An author liking and boosting posts of people they follow, from the admin reader. Implemented by
 * the federation layer; each call queues the activity in the transaction that records it.
 */
public interface RemoteReactions {
    /** What an author can do to a remote post. */
    enum Kind {
        LIKE,
        BOOST
    }

    /**
     * Likes or boosts {@code postUri} as the author's actor. Doing it twice sends nothing more.
     *
     * @throws ServiceException 404 when the post is not a live post of the reader or a published comment
     *     from elsewhere
     */
    void react(long accountId, String postUri, Kind kind);

    /**
     * Takes a like or boost back ({@code Undo}, embedding what it undoes). Nothing to undo sends nothing.
     *
     * @throws ServiceException 404 when the post is not a live post of the reader or a published comment
     *     from elsewhere
     */
    void undo(long accountId, String postUri, Kind kind);

    /** What the author has sent about these posts, by post uri. */
    Map<String, Set<Kind>> sent(long accountId, List<String> postUris);
}
