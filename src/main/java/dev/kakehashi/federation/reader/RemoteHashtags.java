package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.service.content.Tags;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The hashtags of a received Note or Article: its {@code Hashtag} tags ({@code "name": "#Java"}, a
 * single object or an array), lower case without '#'; names that cannot be hashtags are skipped.
 */
final class RemoteHashtags {
    private RemoteHashtags() {}

    static Set<String> of(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode tags = object.path("tag");
        if (tags.isObject()) {
            add(tags, names);
        } else if (tags.isArray()) {
            tags.forEach(t -> add(t, names));
        }
        return names;
    }

    private static void add(JsonNode tag, Set<String> names) {
        if (!"Hashtag".equals(tag.path("type").asText()) || !tag.path("name").isTextual()) {
            return;
        }
        String name = tag.path("name").asText().strip();
        while (name.startsWith("#")) {
            name = name.substring(1);
        }
        if (Tags.VALID.matcher(name).matches()) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
    }
}
