package dev.kakehashi.domain;

/** A hashtag an account follows, with the follow's own id (what the followed tags list pages by). */
public record FollowedTag(long id, String name) {}
