package dev.kakehashi.mastodon.entity;

import java.util.List;

/**
 * Mastodon's {@code Poll}. {@code voted} and {@code own_votes} are the viewer's (null without one);
 * {@code voters_count} is null for a single-choice poll of a server that does not count voters, as
 * Mastodon writes it; an option's {@code votes_count} is null while the totals are hidden.
 */
public record PollEntity(
        String id,
        String expires_at,
        boolean expired,
        boolean multiple,
        int votes_count,
        Integer voters_count,
        List<Option> options,
        List<Object> emojis,
        Boolean voted,
        List<Integer> own_votes) {
    /** One option: its title and its votes. */
    public record Option(String title, Integer votes_count) {}
}
