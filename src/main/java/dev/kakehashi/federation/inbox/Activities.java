package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient reads of activity fields that peers shape differently (a string id or an embedded object). */
public final class Activities {
    private Activities() {}

    /** The id of a field that holds either an id string or an object with an {@code id}. */
    public static String idOf(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isObject() && node.path("id").isTextual()) {
            return node.path("id").asText();
        }
        if (node.isArray() && node.size() == 1) {
            return idOf(node.get(0));
        }
        return null;
    }

    public static String actorId(JsonNode activity) {
        return activity == null ? null : idOf(activity.get("actor"));
    }

    /** The activity's object, as an id. */
    public static String objectId(JsonNode activity) {
        return idOf(activity.get("object"));
    }

    /** The type of the embedded object, or empty when the object is only an id. */
    public static String objectType(JsonNode activity) {
        JsonNode object = activity.get("object");
        return object != null && object.isObject() ? object.path("type").asText("") : "";
    }
}
