package dev.kakehashi.domain;

/** A hashtag of a {@link Status}: its name (without {@code #}) and the page that lists it. */
public record StatusTag(String name, String url) {}
