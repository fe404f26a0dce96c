package dev.kakehashi.domain;

/**
 * Where a follow stands, either way round ({@code follower} and {@code following} rows), stored as
 * its name in the {@code state} column: PENDING until approved (by our author, or by their server's
 * Accept), then ACCEPTED.
 */
public enum FollowState {
    PENDING,
    ACCEPTED
}
