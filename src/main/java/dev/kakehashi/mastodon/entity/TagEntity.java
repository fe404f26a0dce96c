package dev.kakehashi.mastodon.entity;

/** A hashtag of a status: its name (without '#') and its page. */
public record TagEntity(String name, String url) {}
