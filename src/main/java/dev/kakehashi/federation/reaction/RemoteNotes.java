package dev.kakehashi.federation.reaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.vocab.Lenient;
import java.util.ArrayList;
import java.util.List;

/** What quote and mention intake read from a remote note. */
final class RemoteNotes {
    /** The quote properties Mastodon reads, in its order; only the first quote counts (INTEROP A12.1). */
    private static final String[] QUOTE_FIELDS = {"quote", "_misskey_quote", "quoteUrl", "quoteUri"};

    private RemoteNotes() {}

    /** The quoted object's id, or null when the note quotes nothing. */
    static String quoted(JsonNode note) {
        for (String field : QUOTE_FIELDS) {
            String id = Activities.idOf(note.get(field));
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return null;
    }

    /** The hrefs of the note's Mention tags (a single tag object counts too). */
    static List<String> mentioned(JsonNode note) {
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

    /** The page people read the note on, else its id: where "quoted by" and "mentioned by" link. */
    static String link(JsonNode note) {
        String url = Lenient.href(note.get("url"));
        if (url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.length() <= 2048) {
            return url;
        }
        return Activities.idOf(note.get("id"));
    }

    static String id(JsonNode note) {
        return Activities.idOf(note.get("id"));
    }
}
