package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.federation.vocab.PublicAudience;

/**
 * A received post's visibility from its addressing, as Mastodon derives it: Public in {@code to} is
 * PUBLIC, Public in {@code cc} only is UNLISTED, anything else (its author's followers collection,
 * or a limited audience) is PRIVATE. Direct messages are told apart earlier, by {@link
 * DirectAddressing}.
 */
final class RemoteVisibility {
    private RemoteVisibility() {}

    static Visibility of(JsonNode object) {
        if (names(object, "to")) {
            return Visibility.PUBLIC;
        }
        return names(object, "cc") ? Visibility.UNLISTED : Visibility.PRIVATE;
    }

    private static boolean names(JsonNode object, String field) {
        for (JsonNode n : Lenient.asArray(object.get(field))) {
            if (PublicAudience.isPublic(Lenient.idOf(n))) {
                return true;
            }
        }
        return false;
    }
}
