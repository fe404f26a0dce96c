package dev.kakehashi.mastodon.entity;

import java.util.List;

/**
 * Mastodon's full {@code Tag}: name, url, history (days newest first, each with {@code day} as a
 * Unix time and {@code uses}, {@code accounts} as strings), and whether the caller follows it.
 */
public record FollowedTagEntity(String id, String name, String url, List<Day> history, boolean following) {
    public record Day(String day, String uses, String accounts) {}
}
