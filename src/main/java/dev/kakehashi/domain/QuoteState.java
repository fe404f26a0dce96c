package dev.kakehashi.domain;

/** Where a post's quote of another stands (FEP-044f): the quoted author approves it, or not. */
public enum QuoteState {
    /** Asked for (a QuoteRequest went out), not answered yet. */
    PENDING,
    /** Approved: a quote of our own posts, or one whose author's stamp we checked. */
    ACCEPTED,
    /** The quoted author said no. */
    REJECTED
}
