package dev.kakehashi.service;

/**
 * How the author calling the API stands with one account, as Mastodon's {@code Relationship}
 * names it. Blocks are the blog's own (an admin's, for everyone on it); {@code blockedBy} is a
 * remote user's Block of the caller's own actor that still stands; mutes, endorsements and the
 * private note ({@code ""} when none) are the caller's.
 */
public record Relationship(
        long id,
        boolean following,
        boolean requested,
        boolean followedBy,
        boolean requestedBy,
        boolean blocking,
        boolean blockedBy,
        boolean domainBlocking,
        boolean muting,
        boolean mutingNotifications,
        boolean notifying,
        boolean endorsed,
        String note) {
    /** Nothing between the caller and this account (a local author, or a stranger). */
    public static Relationship none(long id) {
        return new Relationship(id, false, false, false, false, false, false, false, false, false, false, false, "");
    }

    /** The same relationship with the caller's own private note. */
    public Relationship withNote(String noteNow) {
        return new Relationship(
                id,
                following,
                requested,
                followedBy,
                requestedBy,
                blocking,
                blockedBy,
                domainBlocking,
                muting,
                mutingNotifications,
                notifying,
                endorsed,
                noteNow);
    }
}
