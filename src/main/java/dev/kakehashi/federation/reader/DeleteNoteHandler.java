package dev.kakehashi.federation.reader;

import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Delete} of a post by its author, whether the object is a Tombstone (Mastodon, Misskey,
 * WordPress), the Note itself, or a bare id (Pleroma, GoToSocial): the post is marked deleted and
 * its content dropped. A Delete of something we do not hold is ignored.
 */
public final class DeleteNoteHandler implements InboxHandler {
    private static final Logger log = LoggerFactory.getLogger(DeleteNoteHandler.class);

    private final Transactions tx;
    private final RemotePostRepository posts;
    private final Clock clock;

    public DeleteNoteHandler(Transactions tx, RemotePostRepository posts, Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        if (!deleteIfKnown(activity.actorId(), Activities.objectId(activity.json()))) {
            log.debug("Ignored a Delete of unknown {}", Activities.objectId(activity.json()));
        }
    }

    /**
     * Deletes the remote post {@code objectId} when {@code actorId} wrote it. The generic Delete
     * handler (actor deletions) calls this for a bare object id that is not the actor itself.
     *
     * @return false when no such post is held
     * @throws RejectedActivity when someone else wrote the post
     */
    public boolean deleteIfKnown(String actorId, String objectId) {
        if (objectId == null) {
            throw new RejectedActivity("the Delete has no object id");
        }
        boolean deleted = tx.call(() -> {
            var stored = posts.byUri(objectId);
            if (stored.isEmpty() || stored.get().deletedAt() != null) {
                return false;
            }
            if (!stored.get().content().actorUri().equals(actorId)) {
                throw new RejectedActivity("only its author may delete " + objectId);
            }
            return posts.markDeleted(objectId, clock.instant());
        });
        if (deleted) {
            log.info("Deleted {} at the request of {}", objectId, actorId);
        }
        return deleted;
    }
}
