package dev.kakehashi.federation.reaction;

import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Announce} (boost) of one of our posts or of an author's answer to a comment, the object as
 * an id or embedded: counted as a boost. A boost of a post on another server (someone we follow boosting, in any shape) goes to
 * {@code elsewhere}, the reader's; a boost of an address of ours that is no published post is
 * rejected.
 */
public final class AnnounceHandler implements ActivityHandler<Inbound.Announce> {
    private static final Logger log = LoggerFactory.getLogger(AnnounceHandler.class);
    private final ReactionIntake intake;
    private final LocalPosts posts;
    private final ActivityHandler<Inbound.Announce> elsewhere;

    public AnnounceHandler(LocalPosts posts, dev.kakehashi.service.ReactionService reactions) {
        this(posts, reactions, null);
    }

    /** @param elsewhere takes boosts of posts on other servers; null acknowledges and drops them */
    public AnnounceHandler(
            LocalPosts posts,
            dev.kakehashi.service.ReactionService reactions,
            ActivityHandler<Inbound.Announce> elsewhere) {
        this.intake = new ReactionIntake(posts, reactions);
        this.posts = posts;
        this.elsewhere = elsewhere;
    }

    @Override
    public void handle(Inbound.Announce activity) {
        ReactionActivities.Read read = ReactionActivities.read(activity);
        log.debug("Announce {} of {} by {}", read.activityId(), read.objectId(), activity.actorId());
        if (elsewhere != null && !posts.isOurs(read.objectId())) {
            elsewhere.handle(activity);
            return;
        }
        intake.take(activity.actorId(), read, true);
    }
}
