package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteTag;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.content.Tags;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The hashtags of a received Note or Article: its {@code Hashtag} tags ({@code "name": "#Java"}, a
 * single object or an array), lower case without '#', each with its {@code href} (the tag's page on
 * its server) when that is a URL; names that cannot be hashtags are skipped, and a name twice counts
 * once.
 */
final class RemoteHashtags {
    /** At most this many are kept of one post. */
    static final int MAX = 100;

    private RemoteHashtags() {}

    static Set<String> of(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        tags(object).forEach(t -> names.add(t.name()));
        return names;
    }

    static List<RemoteTag> tags(JsonNode object) {
        Set<String> seen = new LinkedHashSet<>();
        List<RemoteTag> tags = new ArrayList<>();
        for (JsonNode tag : Lenient.asArray(object.get("tag"))) {
            if (tags.size() == MAX) {
                break;
            }
            String name = name(tag);
            if (name != null && seen.add(name)) {
                tags.add(new RemoteTag(name, RemoteMentions.url(Lenient.href(tag.get("href")))));
            }
        }
        return tags;
    }

    private static String name(JsonNode tag) {
        if (!"Hashtag".equals(tag.path("type").asText()) || !tag.path("name").isTextual()) {
            return null;
        }
        String name = tag.path("name").asText().strip();
        while (name.startsWith("#")) {
            name = name.substring(1);
        }
        return Tags.VALID.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : null;
    }
}
