package dev.kakehashi.federation.id;

import dev.kakehashi.service.Links;
import java.time.Instant;
import java.util.Optional;

/**
 * Mints every ActivityPub id of local actors, posts and activities, from the base URL and immutable
 * database ids only, so no rename or slug change ever changes an id.
 */
public final class ActorIds {
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
                return links.base() + "/actor";
            case BLOG:
                return links.base() + "/actors/blog";
            default:
                return links.base() + "/actors/" + ref.accountId();
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
        String prefix = links.base() + "/actors/";
        if (id.startsWith(prefix)) {
            try {
                long accountId = Long.parseLong(id.substring(prefix.length()));
                return accountId > 0 ? Optional.of(ActorRef.author(accountId)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public String keyId(ActorRef ref) {
        return actor(ref) + "#main-key";
    }

    public String inbox(ActorRef ref) {
        return actor(ref) + "/inbox";
    }

    public String sharedInbox() {
        return links.base() + "/inbox";
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

    /** An author's answer to a comment: a Note of ours, dereferenceable like a post. */
    public String comment(long commentId) {
        return links.base() + "/comments/" + commentId;
    }

    /** The Create of an answer. */
    public String commentCreate(long commentId) {
        return comment(commentId) + "/activity";
    }

    public String authorizeInteraction() {
        return links.base() + "/authorize_interaction";
    }
}
