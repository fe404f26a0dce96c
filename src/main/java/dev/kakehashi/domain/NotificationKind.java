package dev.kakehashi.domain;

/** What an author is told about. */
public enum NotificationKind {
    FOLLOW,
    FOLLOW_REQUEST,
    REPLY,
    MENTION,
    LIKE,
    BOOST,
    QUOTE,
    /** A remote post the author favourited or boosted was edited. */
    UPDATE,
    /** A followed account the author asked to be told about posted. */
    STATUS,
    /** A poll the author made or voted in has ended. */
    POLL
}
