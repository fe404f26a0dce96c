package dev.kakehashi.domain;

/**
 * An author's list of followed accounts (Mastodon's {@code List}). {@code repliesPolicy} is
 * Mastodon's {@code followed}, {@code list} or {@code none}; an {@code exclusive} list takes its
 * members' posts out of the author's home timeline.
 */
public record AccountList(long id, long accountId, String title, RepliesPolicy repliesPolicy, boolean exclusive) {
    /** Which replies a list's timeline shows: to anyone followed, to the list's members, or none. */
    public enum RepliesPolicy {
        FOLLOWED,
        LIST,
        NONE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The policy with this wire name, any case; null for anything else. */
        public static RepliesPolicy parse(String raw) {
            for (RepliesPolicy p : values()) {
                if (raw != null && p.name().equalsIgnoreCase(raw.strip())) {
                    return p;
                }
            }
            return null;
        }
    }
}
