package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a verified activity goes: stored for the inbox job, refused, or known already. */
public interface InboxStore {
    /** What became of a received activity. */
    enum Result {
        ACCEPTED,
        DUPLICATE,
        BLOCKED
    }

    /**
     * @param recipient the local actor whose own inbox got it, or null for the shared inbox
     * @param raw the body exactly as received
     */
    Result receive(JsonNode activity, String type, String actorId, String signerId, String recipient, String raw);
}
