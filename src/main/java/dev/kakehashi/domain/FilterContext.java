package dev.kakehashi.domain;

/** Where a content filter applies (Mastodon's filter contexts). */
public enum FilterContext {
    HOME,
    NOTIFICATIONS,
    PUBLIC,
    THREAD,
    ACCOUNT
}
