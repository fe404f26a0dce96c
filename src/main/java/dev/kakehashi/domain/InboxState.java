package dev.kakehashi.domain;

/**
 * Where one received activity stands, stored as text in {@code inbox_activity.state}. A RECEIVED
 * row with attempts is waiting for a retry.
 */
public enum InboxState {
    RECEIVED,
    PROCESSED,
    IGNORED,
    REJECTED,
    FAILED
}
