package dev.kakehashi.domain;

/**
 * Who may see a post (INTEROP A7). Stored by name; the wire names are Mastodon's.
 *
 * <ul>
 *   <li>{@link #PUBLIC}: everywhere, addressed to Public;
 *   <li>{@link #UNLISTED}: at its URL only, not listed on pages, feeds or collections;
 *   <li>{@link #PRIVATE}: the author's followers only;
 *   <li>{@link #DIRECT}: the mentioned accounts only.
 * </ul>
 */
public enum Visibility {
    PUBLIC,
    UNLISTED,
    PRIVATE,
    DIRECT;

    /** Whether anyone may read it at its address (public and unlisted). */
    public boolean readableByAnyone() {
        return this == PUBLIC || this == UNLISTED;
    }

    /** Mastodon's name for it: {@code public}, {@code unlisted}, {@code private}, {@code direct}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The visibility with this wire or stored name, any case; null for anything else. */
    public static Visibility parse(String raw) {
        if (raw == null) {
            return null;
        }
        for (Visibility v : values()) {
            if (v.name().equalsIgnoreCase(raw.trim())) {
                return v;
            }
        }
        return null;
    }
}
