package dev.kakehashi.federation.inbox;

import dev.kakehashi.service.FollowerService;

/**
 * Delete whose object is the actor itself (Mastodon's account deletion): its follows are removed
 * and the cached actor is marked gone ({@link FollowerService#accountDeleted}). Any other Delete (of
 * a post) goes to {@code otherwise}.
 */
public final class DeleteActorHandler implements InboxHandler {
    private final FollowerService followers;
    private final InboxHandler otherwise;

    /** @param otherwise handles Deletes of anything but the actor (posts); may ignore them */
    public DeleteActorHandler(FollowerService followers, InboxHandler otherwise) {
        this.followers = followers;
        this.otherwise = otherwise;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        if (!deletesActor(activity)) {
            otherwise.handle(activity);
            return;
        }
        followers.accountDeleted(activity.actorId());
    }

    /** True when the Delete's object is its own actor (an account deletion). */
    static boolean deletesActor(ReceivedActivity activity) {
        return activity.actorId().equals(Activities.objectId(activity.json()));
    }
}
