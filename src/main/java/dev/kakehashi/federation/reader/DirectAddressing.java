package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.federation.vocab.PublicAudience;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether a received post is a direct message, as Mastodon decides it: not addressed to Public, and
 * addressed only to the actors it mentions (a followers-only post addresses a followers collection,
 * which is never mentioned).
 */
final class DirectAddressing {
    private DirectAddressing() {}

    /** Everyone in the object's {@code to} and {@code cc}. */
    static Set<String> addressed(JsonNode object) {
        Set<String> all = new LinkedHashSet<>();
        for (String field : new String[] {"to", "cc"}) {
            for (JsonNode n : Lenient.asArray(object.get(field))) {
                String id = Lenient.href(n);
                if (id != null) {
                    all.add(id);
                }
            }
        }
        return all;
    }

    /** The hrefs of the object's {@code Mention} tags. */
    static Set<String> mentioned(JsonNode object) {
        Set<String> hrefs = new LinkedHashSet<>();
        for (JsonNode tag : Lenient.asArray(object.get("tag"))) {
            if (tag.isObject() && "Mention".equals(tag.path("type").asText(""))) {
                String href = Lenient.href(tag);
                if (href != null) {
                    hrefs.add(href);
                }
            }
        }
        return hrefs;
    }

    static boolean isDirect(JsonNode object) {
        Set<String> addressed = addressed(object);
        if (addressed.isEmpty()) {
            return false;
        }
        Set<String> mentioned = mentioned(object);
        for (String a : addressed) {
            if (PublicAudience.isPublic(a) || !mentioned.contains(a)) {
                return false;
            }
        }
        return true;
    }
}
