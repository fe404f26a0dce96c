package dev.kakehashi.federation.delivery;

import dev.kakehashi.store.OutboxRepository;
import java.util.Set;

/** Who receives what an actor sends to its followers. */
public interface Audience {
    /**
     * The distinct inboxes of the accepted followers of {@code actorRef}: a follower's shared inbox
     * when it has one, else its own, so each server gets one POST however many followers it has.
     */
    Set<String> followerInboxes(String actorRef);

    /**
     * The inboxes one queued activity goes to; by default its actor's followers. An implementation
     * may widen it (an edit also reaches those who saw the post through the blog's Announce).
     */
    default Set<String> inboxesFor(OutboxRepository.Pending activity) {
        return followerInboxes(activity.actorRef());
    }

    /** An inbox answered 410 Gone: the followers behind it are gone too. */
    void inboxGone(String inboxUrl);
}
