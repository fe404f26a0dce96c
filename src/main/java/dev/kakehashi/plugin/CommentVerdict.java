package dev.kakehashi.plugin;

import java.util.Objects;

/**
 * What a {@link CommentFilter} decided, with a reason an admin can read in the log.
 *
 * @since 0.2
 */
public record CommentVerdict(Decision decision, String reason) {
    /**
     * From mildest to strictest; when filters disagree, the strictest wins.
     *
     * @since 0.2
     */
    public enum Decision {
        /** No objection: the blog's comment setting decides. */
        ACCEPT,
        /** Keep it in the moderation queue until an author approves it. */
        HOLD,
        /** Store it as spam: never shown, listed under Spam in the admin. */
        SPAM,
        /** Store it as rejected: never shown, listed under Rejected in the admin. */
        REJECT
    }

    /** @since 0.2 */
    public CommentVerdict {
        Objects.requireNonNull(decision, "decision");
        reason = reason == null ? "" : reason;
    }

    /** @since 0.2 */
    public static CommentVerdict accept() {
        return new CommentVerdict(Decision.ACCEPT, "");
    }

    /** @since 0.2 */
    public static CommentVerdict hold(String reason) {
        return new CommentVerdict(Decision.HOLD, reason);
    }

    /** @since 0.2 */
    public static CommentVerdict spam(String reason) {
        return new CommentVerdict(Decision.SPAM, reason);
    }

    /** @since 0.2 */
    public static CommentVerdict reject(String reason) {
        return new CommentVerdict(Decision.REJECT, reason);
    }

    /** True when this verdict is stricter than {@code other}. @since 0.2 */
    public boolean stricterThan(CommentVerdict other) {
        return decision.compareTo(other.decision) > 0;
    }
}
