package dev.kakehashi.federation.delivery;

import java.util.Set;

/** Who receives what an actor sends to its followers. */
public interface Audience {
    /**
     * The distinct inboxes of the accepted followers of {@code actorRef}: a follower's shared inbox
     * when it has one, else its own, so each server gets one POST however many followers it has.
     */
    Set<String> followerInboxes(String actorRef);

    /** An inbox answered 410 Gone: the followers behind it are gone too. */
    void inboxGone(String inboxUrl);
}
