package dev.kakehashi.federation.reaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.RejectedActivity;

/**
 * Reads likes, boosts and emoji reactions as peers shape them: Mastodon's plain {@code Like},
 * Misskey's {@code Like} carrying {@code _misskey_reaction} (and the emoji again in {@code
 * content}), Pleroma/Akkoma's {@code EmojiReact}, and {@code Announce} with the object as an id or
 * embedded.
 */
public final class ReactionActivities {
    /** The emoji column's size; a longer "emoji" is not one. */
    static final int MAX_EMOJI = 200;

    private ReactionActivities() {}

    /** What a Like, EmojiReact or Announce says: its kind, the object it is about, the emoji. */
    public record Read(ReactionKind kind, String activityId, String objectId, String emoji) {}

    /** @throws RejectedActivity when the activity has no id, no object, or an emoji that cannot be one */
    public static Read read(JsonNode activity) {
        String type = activity.path("type").asText("");
        String id = Activities.idOf(activity.get("id"));
        if (id == null) {
            throw new RejectedActivity("the " + type + " has no id");
        }
        String object = Activities.objectId(activity);
        if (object == null) {
            throw new RejectedActivity("the " + type + " names no object");
        }
        if (ActivityType.ANNOUNCE.is(type)) {
            return new Read(ReactionKind.BOOST, id, object, null);
        }
        String emoji = emoji(activity);
        if (ActivityType.EMOJI_REACT.is(type) && emoji == null) {
            throw new RejectedActivity("the EmojiReact has no emoji");
        }
        return new Read(emoji == null ? ReactionKind.LIKE : ReactionKind.EMOJI, id, object, emoji);
    }

    /**
     * The emoji of a reaction: Misskey's {@code _misskey_reaction}, else {@code content} (Misskey,
     * Pleroma, Akkoma). A custom emoji stays its {@code :shortcode:}; Misskey's remote form
     * {@code :blobcat@.:} is reduced to {@code :blobcat:}. Null for a plain like.
     */
    static String emoji(JsonNode activity) {
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
        if (emoji.length() > MAX_EMOJI || emoji.indexOf('<') >= 0) {
            throw new RejectedActivity("the reaction's emoji is not an emoji");
        }
        return emoji;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
