package dev.kakehashi.federation.reaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.vocab.Lenient;
import java.util.ArrayList;
import java.util.List;

/** What quote and mention intake read from a remote note. */
public final class RemoteNotes {
    /** The quote properties Mastodon reads, in its order; only the first quote counts (INTEROP A12.1). */
    private static final String[] QUOTE_FIELDS = {"quote", "_misskey_quote", "quoteUrl", "quoteUri"};

    private RemoteNotes() {}

    /** The quoted object's id, or null when the note quotes nothing. */
    public static String quoted(JsonNode note) {
        for (String field : QUOTE_FIELDS) {
            String id = Activities.idOf(note.get(field));
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return null;
    }

    /** The hrefs of the note's Mention tags (a single tag object counts too). */
    public static List<String> mentioned(JsonNode note) {
        List<String> hrefs = new ArrayList<>();
        for (JsonNode tag : Lenient.asArray(note.get("tag"))) {
            if (tag.isObject() && tag.path("type").asText("").equals("Mention")) {
                String href = Lenient.href(tag);
                if (href != null) {
                    hrefs.add(href);
                }
            }
        }
        return hrefs;
    }

    /**
     * The page people read the note on, else its id: where "quoted by" and "mentioned by" link.
     * Call it only for a note whose {@link #id} was accepted.
     */
    static String link(JsonNode note) {
        String url = Lenient.href(note.get("url"));
        if (url != null && isHttp(url) && url.length() <= 2048) {
            return url;
        }
        return Activities.idOf(note.get("id"));
    }

    /** Longest note id kept: the reaction key adds a suffix within the column's 2048 characters. */
    static final int MAX_ID = 1900;

    /**
     * The note's id, when it is an http(s) URL on the actor's own server (INTEROP A4.6) and not
     * over-long; null otherwise, and the note is then not taken.
     */
    static String id(JsonNode note, String actorId) {
        String id = Activities.idOf(note.get("id"));
        if (id == null || id.length() > MAX_ID || !isHttp(id)) {
            return null;
        }
        try {
            String host = new java.net.URI(id).getRawAuthority();
            return host != null && host.equals(new java.net.URI(actorId).getRawAuthority()) ? id : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean isHttp(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }
}
