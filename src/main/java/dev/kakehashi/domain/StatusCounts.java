package dev.kakehashi.domain;

/** How many replies, boosts and likes (emoji reactions included) a {@link Status} has had. */
public record StatusCounts(long replies, long boosts, long likes) {
    public static final StatusCounts NONE = new StatusCounts(0, 0, 0);
}
