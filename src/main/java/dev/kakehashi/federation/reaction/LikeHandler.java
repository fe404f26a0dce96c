package dev.kakehashi.federation.reaction;

import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;

/**
 * {@code Like} (Mastodon's favourite; Misskey's reaction, with {@code _misskey_reaction}) and
 * {@code EmojiReact} (Pleroma, Akkoma) of one of our posts or of an author's answer to a comment: a
 * like, or an emoji reaction with its emoji. A Like of anything that is not a published post or a
 * shown answer of ours is rejected with the reason.
 */
public final class LikeHandler implements ActivityHandler<Inbound.Like> {
    private final ReactionIntake intake;

    public LikeHandler(LocalPosts posts, dev.kakehashi.service.ReactionService reactions) {
        this.intake = new ReactionIntake(posts, reactions);
    }

    @Override
    public void handle(Inbound.Like activity) {
        intake.take(activity.actorId(), ReactionActivities.read(activity), false);
    }
}
