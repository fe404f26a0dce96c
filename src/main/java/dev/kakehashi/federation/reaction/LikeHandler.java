package dev.kakehashi.federation.reaction;

import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;

/**
 * {@code Like} (Mastodon's favourite; Misskey's reaction, with {@code _misskey_reaction}) and
 * {@code EmojiReact} (Pleroma, Akkoma) of one of our posts: a like, or an emoji reaction with its
 * emoji. A Like of anything that is not a published post of ours is rejected with the reason.
 */
public final class LikeHandler implements InboxHandler {
    private final ReactionIntake intake;

    public LikeHandler(LocalPosts posts, dev.kakehashi.service.ReactionService reactions) {
        this.intake = new ReactionIntake(posts, reactions);
    }

    @Override
    public void handle(ReceivedActivity activity) {
        intake.take(activity, ReactionActivities.read(activity.json()), false);
    }
}
