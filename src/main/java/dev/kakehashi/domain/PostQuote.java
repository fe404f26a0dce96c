package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The post a post quotes (its id, ours or received), whether its author approved the quote, and the
 * QuoteAuthorization stamp that approved it (null for a quote of our own posts, which needs none
 * from elsewhere).
 */
@Embeddable
public class PostQuote {
    @Column(name = "quote_uri")
    private String uri;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_state")
    private QuoteState state;

    @Column(name = "quote_authorization")
    private String authorization;

    protected PostQuote() {}

    private PostQuote(String uri, QuoteState state, String authorization) {
        this.uri = uri;
        this.state = state;
        this.authorization = authorization;
    }

    /** A quote of {@code uri} not approved yet; null for no quote. */
    public static PostQuote of(String uri) {
        return uri == null ? null : new PostQuote(uri, QuoteState.PENDING, null);
    }

    /** The same quote approved, with the stamp that says so (null when none is needed). */
    public PostQuote accepted(String stamp) {
        return new PostQuote(uri, QuoteState.ACCEPTED, stamp);
    }

    /** The same quote refused by the quoted author. */
    public PostQuote rejected() {
        return new PostQuote(uri, QuoteState.REJECTED, null);
    }

    public String uri() {
        return uri;
    }

    /** PENDING for a row without a state. */
    public QuoteState state() {
        return state == null ? QuoteState.PENDING : state;
    }

    public String authorization() {
        return authorization;
    }
}
