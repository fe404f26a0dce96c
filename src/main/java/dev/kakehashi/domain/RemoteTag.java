package dev.kakehashi.domain;

/**
 * A {@code Hashtag} of a post received from elsewhere: its name, lower case without {@code #}, and
 * the page its server lists it on (or null).
 */
public record RemoteTag(String name, String href) {}
