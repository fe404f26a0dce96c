package dev.kakehashi.federation.id;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalUrl;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Mints every ActivityPub id of local actors, posts and activities, from the base URL and immutable
 * database ids only, so no rename or slug change ever changes an id.
 */
public final class ActorIds {
    private static final String INSTANCE_PATH = LocalUrl.INSTANCE_PATH;
    private static final String ACTORS_PATH = LocalUrl.ACTORS_PATH;
    private static final String INBOX_PATH = LocalUrl.INBOX_PATH;

    private final Links links;

    public ActorIds(Links links) {
        this.links = links;
    }

    public Links links() {
        return links;
    }

    public String actor(ActorRef ref) {
        switch (ref.kind()) {
            case INSTANCE:
                return links.base() + INSTANCE_PATH;
            case BLOG:
                return links.base() + ACTORS_PATH + "blog";
            default:
                return links.base() + ACTORS_PATH + ref.accountId();
        }
    }

    /** The actor an id names, if it is one of ours (exact match, as peers compare ids as strings). */
    public Optional<ActorRef> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.equals(actor(ActorRef.INSTANCE))) {
            return Optional.of(ActorRef.INSTANCE);
        }
        if (id.equals(actor(ActorRef.BLOG))) {
            return Optional.of(ActorRef.BLOG);
        }
        return local(id)
                .flatMap(LocalUrl::authorId)
                .filter(accountId -> id.equals(actor(ActorRef.author(accountId))))
                .map(ActorRef::author);
    }

    /** Whether {@code url} is on this site, and what it is: {@link Links#local}. */
    public Optional<LocalUrl> local(String url) {
        return links.local(url);
    }

    /** Whether {@code url} is on this site (see {@link Links#local}). */
    public boolean isOurs(String url) {
        return links.isOurs(url);
    }

    public String keyId(ActorRef ref) {
        return actor(ref) + "#main-key";
    }

    public String inbox(ActorRef ref) {
        return actor(ref) + INBOX_PATH;
    }

    public String sharedInbox() {
        return links.base() + INBOX_PATH;
    }

    public String outbox(ActorRef ref) {
        return actor(ref) + "/outbox";
    }

    public String followers(ActorRef ref) {
        return actor(ref) + "/followers";
    }

    public String following(ActorRef ref) {
        return actor(ref) + "/following";
    }

    public String featured(ActorRef ref) {
        return actor(ref) + "/collections/featured";
    }

    public String post(long postId) {
        return links.post(postId);
    }

    /** A post's collection of likes, served with its size only. */
    public String likes(long postId) {
        return post(postId) + "/likes";
    }

    /** A post's collection of shares (boosts), served with its size only. */
    public String shares(long postId) {
        return post(postId) + "/shares";
    }

    /** A post's collection of replies (the comments shown under it). */
    public String replies(long postId) {
        return post(postId) + "/replies";
    }

    /** The Update that sends a post's new poll counts; one per change, as for an edit. */
    public String pollUpdate(long postId, Instant at) {
        return postUpdate(postId, at) + "/poll";
    }

    /** An author's vote in a remote poll: a Note of ours whose name is the choice, one per choice. */
    public String vote(ActorRef by) {
        return actor(by) + "#votes/" + Snowflake.next();
    }

    /** The Create of an object of ours that has no Create id of its own (a vote). */
    public static String createOf(String objectId) {
        return objectId + "/activity";
    }

    /** The Undo of an activity of ours: its id and {@code /undo}, kept apart from every other id. */
    public static String undoOf(String activityId) {
        return activityId + "/undo";
    }

    /** The Create of a post (INTEROP A9.6): one per post, so outbox pages and deliveries agree. */
    public String create(long postId) {
        return post(postId) + "/activity";
    }

    /** The blog's Announce of an author's post, in "both" mode. */
    public String announce(long postId) {
        return actor(ActorRef.BLOG) + "/announces/" + postId;
    }

    /**
     * An Add or Remove of a post to/from the featured collection: one id per pin or unpin, so a
     * post pinned, unpinned and pinned again gets three activities.
     */
    public String pin(long postId, boolean pinned, Instant at) {
        return post(postId) + (pinned ? "#add/" : "#remove/") + at.toEpochMilli();
    }

    /**
     * A fresh id for an activity of an actor of ours that has no object of ours to hang on (a
     * Follow, Like, Announce of a remote post, Accept, Reject): {@code <actor>#follows/<snowflake>}.
     */
    public String activity(ActorRef by, ActivityType type) {
        return actor(by) + "#" + type.asName().toLowerCase(Locale.ROOT) + "s/" + Snowflake.next();
    }

    /** An Update of an actor's profile: a fresh id per change, as Mastodon ignores an id it has seen. */
    public String actorUpdate(ActorRef ref, Instant at) {
        return actor(ref) + "#updates/" + at.toEpochMilli();
    }

    /** An Update of a post: one id per edit, as Mastodon ignores an Update whose id it has seen. */
    public String postUpdate(long postId, Instant editedAt) {
        return post(postId) + "#updates/" + editedAt.toEpochMilli();
    }

    /** A QuoteAuthorization stamp (FEP-044f) granted for quoting a post, at the post's URL. */
    public String quoteAuthorization(long postId, long stampId) {
        return post(postId) + "/quote_authorizations/" + stampId;
    }

    /**
     * Our QuoteRequest for a post's quote of someone else's (FEP-044f): one per post, as a post
     * quotes one post for good, so their Accept or Reject names the post it answers for.
     */
    public String quoteRequest(long postId) {
        return post(postId) + "#quote_request";
    }

    /** The Delete of a post. */
    public String postDelete(long postId) {
        return post(postId) + "#delete";
    }

    /** An author's answer to a comment: a Note of ours, dereferenceable like a post. */
    public String comment(long commentId) {
        return links.base() + "/comments/" + commentId;
    }

    /** The Create of an answer. */
    public String commentCreate(long commentId) {
        return comment(commentId) + "/activity";
    }

    /** An Update of an answer: one id per edit, as for a post. */
    public String commentUpdate(long commentId, Instant editedAt) {
        return comment(commentId) + "#updates/" + editedAt.toEpochMilli();
    }

    public String authorizeInteraction() {
        return links.base() + "/authorize_interaction";
    }
}
