package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored, signature-checked activity as the inbox table gets it: the table reads it once into its
 * {@link Inbound} record, which is what the handler is given.
 *
 * @param actorId the activity's actor, already checked to be the signer
 * @param recipient the local actor whose own inbox got it ("blog", "account:12"...), or null for the
 *     shared inbox
 */
public record ReceivedActivity(long rowId, String id, String type, String actorId, String recipient, JsonNode json) {}
