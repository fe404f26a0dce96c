package dev.kakehashi.domain;

/** A keyword of a content filter; {@code wholeWord} matches it only between word boundaries. */
public record FilterKeyword(long id, long filterId, String keyword, boolean wholeWord) {}
