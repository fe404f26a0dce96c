package dev.kakehashi.domain;

/** What one author wants e-mailed: new followers, replies, mentions. */
public record EmailChoices(boolean followers, boolean replies, boolean mentions) {
    /** Followers and replies on, mentions off: what an author who never chose gets. */
    public static final EmailChoices DEFAULT = new EmailChoices(true, true, false);
}
