package dev.kakehashi.domain;

import java.time.Instant;
import java.util.List;

/**
 * A poll on a status: on one of our posts ({@code postId}) or on a remote post ({@code
 * remotePostId}). Its id is a {@link Snowflake}, the poll's id in the Mastodon API. Counts are
 * stored with it: ours are counted on each vote, a remote poll's are what its server last sent.
 *
 * @param expiresAt when voting ends, or null for a poll that never ends (some remote ones)
 * @param closedAt when our job (or the remote server) closed it, or null while open
 */
public record Poll(
        long id,
        Long postId,
        Long remotePostId,
        List<Option> options,
        boolean multiple,
        boolean hideTotals,
        Instant expiresAt,
        Instant closedAt,
        int votersCount) {
    /** One choice: its title and how many votes it has (its position is its index). */
    public record Option(String title, int votesCount) {}

    public Poll {
        options = List.copyOf(options);
    }

    /** Votes on all options together (a multiple-choice voter counts once per option chosen). */
    public int votesCount() {
        return options.stream().mapToInt(Option::votesCount).sum();
    }

    /** True once voting has ended, by the clock or by a close. */
    public boolean expired(Instant now) {
        return closedAt != null || (expiresAt != null && !expiresAt.isAfter(now));
    }

    public boolean isLocal() {
        return postId != null;
    }
}
