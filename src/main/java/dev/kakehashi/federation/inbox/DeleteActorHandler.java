package dev.kakehashi.federation.inbox;

import dev.kakehashi.service.FollowerService;

/**
 * Delete whose object is the actor itself (Mastodon's account deletion): its follows are removed
 * and the cached actor is marked gone ({@link FollowerService#accountDeleted}). Any other Delete (of
 * a post) goes to {@code otherwise}.
 */
public final class DeleteActorHandler implements ActivityHandler<Inbound.Delete> {
    private final FollowerService followers;
    private final ActivityHandler<Inbound.Delete> otherwise;

    /** @param otherwise handles Deletes of anything but the actor (posts); may ignore them */
    public DeleteActorHandler(FollowerService followers, ActivityHandler<Inbound.Delete> otherwise) {
        this.followers = followers;
        this.otherwise = otherwise;
    }

    @Override
    public void handle(Inbound.Delete activity) {
        if (!deletesActor(activity)) {
            otherwise.handle(activity);
            return;
        }
        followers.accountDeleted(activity.actorId());
    }

    /** True when the Delete's object is its own actor (an account deletion). */
    static boolean deletesActor(Inbound.Delete activity) {
        return activity.actorId().equals(activity.object());
    }
}
