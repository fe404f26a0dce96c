package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a received post is meant for anyone, as Mastodon reads its addressing: Public in {@code
 * to} (public) or in {@code cc} (unlisted). Anything else (followers-only, direct, limited) is
 * private to those it names and must never be shown on a public page, feed or collection.
 */
public final class PublicAudience {
    private PublicAudience() {}

    /** The Public collection, in any of the three spellings peers use. */
    public static boolean isPublic(String id) {
        return id != null && (id.equals(Contexts.PUBLIC) || id.equals("as:Public") || id.equals("Public"));
    }

    /** True when the object's {@code to} or {@code cc} names Public. */
    public static boolean includes(JsonNode object) {
        for (String field : new String[] {"to", "cc"}) {
            for (JsonNode n : Lenient.asArray(object.get(field))) {
                if (isPublic(Lenient.idOf(n))) {
                    return true;
                }
            }
        }
        return false;
    }
}
