package dev.kakehashi.mastodon.streaming;

import java.util.List;
import java.util.Locale;

/**
 * One stream a connection listens to: its kind and, for hashtags and lists, the tag or list id.
 *
 * @param param the tag (lower case) or list id; null for the other streams
 */
public record Subscription(StreamKind kind, String param) {
    /**
     * A subscription with its parameter checked.
     *
     * @throws IllegalArgumentException with a message for the client when a tag is missing
     */
    public static Subscription of(StreamKind kind, String tag, String list) {
        if (kind.needsTag()) {
            String t = tag == null ? "" : tag.strip();
            if (t.startsWith("#")) {
                t = t.substring(1);
            }
            if (t.isEmpty()) {
                throw new IllegalArgumentException("No tag for stream provided");
            }
            return new Subscription(kind, t.toLowerCase(Locale.ROOT));
        }
        if (kind == StreamKind.LIST) {
            return new Subscription(kind, list == null ? "" : list.strip());
        }
        return new Subscription(kind, null);
    }

    /** A list stream's parameter as a list id; -1 when it is not one. */
    static long listId(String param) {
        try {
            return Long.parseLong(param);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The {@code stream} array of its events: {@code ["user"]}, {@code ["hashtag","foo"]}. */
    public List<String> streamArray() {
        return param == null ? List.of(kind.wire()) : List.of(kind.wire(), param);
    }
}
