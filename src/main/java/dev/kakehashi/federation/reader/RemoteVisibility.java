package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.federation.vocab.PublicAudience;
import java.util.List;

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

    /** @param activity the addressing of the activity that carried the object, or null */
    static Visibility of(JsonNode object, Inbound.Audience activity) {
        if (names(object, activity == null ? null : activity.to(), "to")) {
            return Visibility.PUBLIC;
        }
        return names(object, activity == null ? null : activity.cc(), "cc") ? Visibility.UNLISTED : Visibility.PRIVATE;
    }

    private static boolean names(JsonNode object, List<String> activityField, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return activityField != null && activityField.stream().anyMatch(PublicAudience::isPublic);
        }
        for (JsonNode n : Lenient.asArray(value)) {
            if (PublicAudience.isPublic(Lenient.idOf(n))) {
                return true;
            }
        }
        return false;
    }
}
