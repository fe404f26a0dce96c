package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Someone a post mentions, as resolved when it was saved.
 *
 * <p>{@code acct} is {@code user@host} as the author wrote it (host lower-cased); {@code actorUri}
 * the ActivityPub actor id (null for a local author who is not an actor); {@code profileUrl} the page
 * the link in the post goes to.
 */
@Embeddable
public class PostMention {
    @Column(nullable = false)
    private String acct;

    @Column(name = "actor_uri")
    private String actorUri;

    @Column(name = "profile_url", nullable = false)
    private String profileUrl;

    protected PostMention() {}

    public PostMention(String acct, String actorUri, String profileUrl) {
        this.acct = acct;
        this.actorUri = actorUri;
        this.profileUrl = profileUrl;
    }

    public String acct() {
        return acct;
    }

    /** The handle as shown: {@code @user@host}. */
    public String handle() {
        return "@" + acct;
    }

    /** The part before the host, shown inside the link. */
    public String user() {
        int at = acct.indexOf('@');
        return at < 0 ? acct : acct.substring(0, at);
    }

    public String actorUri() {
        return actorUri;
    }

    public String profileUrl() {
        return profileUrl;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostMention m
                && acct.equals(m.acct)
                && Objects.equals(actorUri, m.actorUri)
                && profileUrl.equals(m.profileUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(acct, actorUri, profileUrl);
    }

    @Override
    public String toString() {
        return handle() + " -> " + actorUri;
    }
}
