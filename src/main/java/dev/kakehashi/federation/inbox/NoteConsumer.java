package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One reader of incoming posts (Create/Update/Delete of a Note, Article or Page). The single
 * Create handler offers every post to each consumer in turn: a reply to one of our posts becomes
 * a comment, a quote or a mention becomes a reaction, a post by someone we follow goes to the
 * reader. A post no consumer wants is rejected as unrelated to this site.
 */
public interface NoteConsumer {
    /**
     * @param object the embedded object, already checked to be attributed to the activity's actor
     * @return true when this consumer took the post
     */
    boolean created(Inbound.Create activity, JsonNode object);

    /** @return true when this consumer held the post and applied the edit */
    boolean updated(Inbound.Update activity, JsonNode object);

    /** @return true when this consumer held the post {@code objectId} by {@code actorId} and removed it */
    boolean deleted(String actorId, String objectId);
}
