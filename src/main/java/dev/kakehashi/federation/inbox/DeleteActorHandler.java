package dev.kakehashi.federation.inbox;

import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.Transactions;

/**
 * Delete whose object is the actor itself (Mastodon's account deletion): its follows are removed
 * and the cached actor is marked gone. Any other Delete (of a post) goes to {@code otherwise}.
 */
public final class DeleteActorHandler implements InboxHandler {
    private final Transactions tx;
    private final FollowerRepository followers;
    private final RemoteActorService remoteActors;
    private final InboxHandler otherwise;

    /** @param otherwise handles Deletes of anything but the actor (posts); may ignore them */
    public DeleteActorHandler(
            Transactions tx, FollowerRepository followers, RemoteActorService remoteActors, InboxHandler otherwise) {
        this.tx = tx;
        this.followers = followers;
        this.remoteActors = remoteActors;
        this.otherwise = otherwise;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        if (!deletesActor(activity)) {
            otherwise.handle(activity);
            return;
        }
        tx.run(() -> {
            followers.removeByActor(activity.actorId());
            remoteActors.markGone(activity.actorId());
        });
    }

    /** True when the Delete's object is its own actor (an account deletion). */
    static boolean deletesActor(ReceivedActivity activity) {
        return activity.actorId().equals(Activities.objectId(activity.json()));
    }
}
