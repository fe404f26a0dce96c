package dev.kakehashi.federation.reaction;

import dev.kakehashi.domain.NewReaction;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.ReactionService;
import java.net.URI;
import java.net.URISyntaxException;

/** What the Like and Announce handlers share: find the post or answer, store the reaction. */
final class ReactionIntake {
    private final LocalPosts posts;
    private final ReactionService reactions;

    ReactionIntake(LocalPosts posts, ReactionService reactions) {
        this.posts = posts;
        this.reactions = reactions;
    }

    /**
     * Stores {@code read} when it names one of our published posts, or an author's answer to a comment
     * (whose service refuses one that is deleted or hidden).
     *
     * @param remoteIgnored what to do with an object on another server: ignore it (true) or reject
     * @throws RejectedActivity when it names an address of ours that is no published post
     */
    void take(String actorId, ReactionActivities.Read read, boolean remoteIgnored) {
        LocalPosts.Target target = posts.resolve(read.objectId());
        switch (target.kind()) {
            case REMOTE -> {
                if (!remoteIgnored) {
                    throw new RejectedActivity("not a post of this site: " + read.objectId());
                }
            }
            case MISSING -> throw new RejectedActivity("no such post: " + read.objectId());
            case POST -> reactions.record(new NewReaction(
                    read.kind(), target.postId(), null, actorId, host(actorId), read.activityId(), null, read.emoji()));
            case ANSWER -> reactions.recordOnAnswer(
                    target.answerId(),
                    new NewReaction(
                            read.kind(), null, null, actorId, host(actorId), read.activityId(), null, read.emoji()));
        }
    }

    static String host(String actorUri) {
        try {
            String host = new URI(actorUri).getRawAuthority();
            if (host == null) {
                throw new RejectedActivity("the actor id has no host: " + actorUri);
            }
            return host;
        } catch (URISyntaxException e) {
            throw new RejectedActivity("the actor id is not a URL: " + actorUri);
        }
    }
}
