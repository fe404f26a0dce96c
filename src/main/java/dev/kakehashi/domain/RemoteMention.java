package dev.kakehashi.domain;

/**
 * Someone a post received from elsewhere mentions (a {@code Mention} tag): their actor id and their
 * handle as {@code user@host}.
 */
public record RemoteMention(String actorUri, String acct) {
    /** The part before the host. */
    public String user() {
        int at = acct.indexOf('@');
        return at < 0 ? acct : acct.substring(0, at);
    }
}
