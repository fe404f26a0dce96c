package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.federation.vocab.PublicAudience;

/**
 * A received post's visibility from its addressing, as Mastodon derives it: Public in {@code to} is
 * PUBLIC, Public in {@code cc} only is UNLISTED, anything else (its author's followers collection,
 * or a limited audience) is PRIVATE. Direct messages are told apart earlier, by {@link
 * DirectAddressing}. An object without {@code to} or {@code cc} is addressed as the activity that
 * carries it, as Mastodon reads it.
 */
final class RemoteVisibility {
    private RemoteVisibility() {}

    static Visibility of(JsonNode object) {
        return of(object, null);
    }

    /** @param activity the activity that carried the object, or null */
    static Visibility of(JsonNode object, JsonNode activity) {
        if (names(object, activity, "to")) {
            return Visibility.PUBLIC;
        }
        return names(object, activity, "cc") ? Visibility.UNLISTED : Visibility.PRIVATE;
    }

    private static boolean names(JsonNode object, JsonNode activity, String field) {
        JsonNode value = object.get(field);
        if ((value == null || value.isNull()) && activity != null) {
            value = activity.get(field);
        }
        for (JsonNode n : Lenient.asArray(value)) {
            if (PublicAudience.isPublic(Lenient.idOf(n))) {
                return true;
            }
        }
        return false;
    }
}
