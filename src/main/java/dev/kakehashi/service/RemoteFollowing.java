package dev.kakehashi.service;

import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.time.Instant;
import java.util.List;

/**
 * An author following people on other servers, and reading what they post. Implemented by the
 * federation layer; the admin only sees these read models.
 */
public interface RemoteFollowing {
    /**
     * A followed account; {@code state} is PENDING until their server accepts; {@code notifying}:
     * the author asked to be told of each of its new posts.
     */
    record Followed(
            String actorUri, String handle, String name, String profileUrl, FollowState state, boolean notifying) {}

    /**
     * A post received from a followed account; {@code contentHtml} is sanitized. {@code followersOnly}:
     * its author addressed it to their followers alone (shown with a lock, to those it reached);
     * {@code media}: its attachments, linked where they are; {@code booster}: who boosted it into the
     * reader, null when it is there as its author posted it.
     */
    record ReceivedPost(
            String uri,
            String url,
            String actorUri,
            String authorName,
            String authorHandle,
            String title,
            String contentHtml,
            Instant published,
            Instant updated,
            Booster booster,
            boolean followersOnly,
            List<RemoteMedia> media) {
        /** When it appears in the reader: when it was boosted, else when it was published. */
        public Instant shownAt() {
            return booster != null ? booster.at() : published;
        }
    }

    /** Who boosted a post into the reader (name and handle as the actor cache knows them), and when. */
    record Booster(String actorUri, String name, String handle, Instant at) {
        /** The name to show: the display name, else the handle, else the actor id. */
        public String shownName() {
            return name != null && !name.isBlank() ? name : handle != null ? handle : actorUri;
        }
    }

    /**
     * Follows {@code target} (a {@code @user@host} handle or an actor URL) as the author's actor: the
     * row is PENDING and a {@code Follow} is queued for their inbox.
     *
     * @throws InvalidInputException (422) for a bad handle, an unknown or local account
     * @throws ServiceException 502 when their server cannot be reached or answers nonsense
     */
    Followed follow(long accountId, String target);

    /**
     * Whether the author is told of each new public or unlisted post of an account they follow
     * (Mastodon's {@code notify}); nothing when they do not follow it.
     */
    void setNotify(long accountId, String actorUri, boolean notify);

    /** Stops following: queues {@code Undo{Follow}} and removes the row. 404 when not followed. */
    void unfollow(long accountId, String actorUri);

    /** Who the author follows, newest first. */
    List<Followed> following(long accountId);

    /**
     * Follows {@code target} as the blog's actor, which every author speaks as: its posts then reach
     * every author's home, lists and reader. As {@link #follow}, and also
     *
     * @throws InvalidInputException 422 when the blog actor does not federate (authors-only mode)
     */
    Followed followAsBlog(String target);

    /** Stops the blog following {@code actorUri}, as {@link #unfollow}. */
    void unfollowAsBlog(String actorUri);

    /** Who the blog follows, newest first. */
    List<Followed> blogFollowing();

    /**
     * The newest posts from the accounts the author follows, or the blog follows (its actor is every
     * author's): the followers-only ones among them only when they reached this author.
     */
    List<ReceivedPost> recentPosts(long accountId, int limit);
}
