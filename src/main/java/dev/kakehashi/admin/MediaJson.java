package dev.kakehashi.admin;

import dev.kakehashi.domain.Media;
import dev.kakehashi.service.Links;

/**
 * What the compose page gets back for an uploaded image: ids as strings (JavaScript numbers cannot
 * hold a 64-bit id) and a ready Markdown snippet, whose path survives a change of base URL.
 */
public record MediaJson(String id, String url, String alt, int width, int height, String contentType, String markdown) {

    static MediaJson of(Media m, Links links) {
        String url = links.media(m.fileName());
        return new MediaJson(
                Long.toString(m.id()),
                url,
                m.altText(),
                m.width(),
                m.height(),
                m.contentType(),
                "![" + escapeAlt(m.altText()) + "](" + Links.mediaPath(m.fileName()) + ")");
    }

    /** Alt text inside Markdown image brackets: brackets and backslashes escaped, lines joined. */
    static String escapeAlt(String alt) {
        return alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
