package dev.kakehashi.domain;

/**
 * Someone a {@link Status} mentions: {@code acct} as {@code user@host}, the actor id (null for a
 * local author who is not an actor), the profile page the link goes to, and whether the account is
 * one of the blog's own.
 */
public record StatusMention(String acct, String actorUri, String profileUrl, boolean local) {
    /** The part before the host. */
    public String user() {
        int at = acct.indexOf('@');
        return at < 0 ? acct : acct.substring(0, at);
    }
}
