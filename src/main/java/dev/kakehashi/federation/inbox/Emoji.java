package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The emoji of a reaction as peers send it: Misskey's {@code _misskey_reaction}, else {@code
 * content} (Misskey, Pleroma, Akkoma). A custom emoji stays its {@code :shortcode:}; Misskey's
 * remote form {@code :blobcat@.:} is reduced to {@code :blobcat:}.
 */
public final class Emoji {
    /** The emoji column's size; a longer "emoji" is not one. */
    public static final int MAX = 200;

    private Emoji() {}

    /**
     * @return the emoji, or null for a plain like
     * @throws RejectedActivity when the text cannot be an emoji (too long, or markup)
     */
    public static String of(JsonNode activity) {
        String raw = text(activity.get("_misskey_reaction"));
        if (raw == null) {
            raw = text(activity.get("content"));
        }
        if (raw == null) {
            return null;
        }
        String emoji = raw.strip();
        if (emoji.isEmpty()) {
            return null;
        }
        if (emoji.startsWith(":") && emoji.endsWith(":") && emoji.contains("@")) {
            emoji = emoji.substring(0, emoji.indexOf('@')) + ":";
        }
        if (emoji.length() > MAX || emoji.indexOf('<') >= 0) {
            throw new RejectedActivity("the reaction's emoji is not an emoji");
        }
        return emoji;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
