package dev.kakehashi.federation.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Delete} of a post, whether the object is a Tombstone (Mastodon, Misskey, WordPress), the
 * Note itself, or a bare id (Pleroma, GoToSocial, through the actor-Delete handler): every consumer
 * holding it by that actor removes it. A Delete of something nobody holds is ignored.
 */
public final class DeleteNoteDispatcher implements ActivityHandler<Inbound.Delete> {
    private static final Logger log = LoggerFactory.getLogger(DeleteNoteDispatcher.class);

    private final NoteConsumers consumers;

    DeleteNoteDispatcher(NoteConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public void handle(Inbound.Delete activity) {
        String objectId = activity.object();
        boolean removed = false;
        for (NoteConsumer c : consumers.all()) {
            removed |= c.deleted(activity.actorId(), objectId);
        }
        if (!removed) {
            log.debug("Ignored a Delete of unknown {}", objectId);
        }
    }
}
