package dev.kakehashi.domain;

/** A status a content filter names by id (a blog post or a remote post). */
public record FilteredStatus(long id, long filterId, long statusId) {}
