package dev.kakehashi.web.view;

import dev.kakehashi.domain.Poll;
import java.time.Instant;
import java.util.List;

/**
 * A short post's poll as the blog shows it: its results, each option with its votes and share (of
 * the voters for a multiple-choice poll, of the votes otherwise, as Mastodon shows them), whether it
 * has ended, and when it ends. Readers vote from their fediverse accounts, not on the page; a poll
 * whose totals are hidden shows its options only until it ends.
 *
 * @param endsAt ISO-8601 end, for a {@code <time>}, or null
 */
public record PollView(
        List<Option> options, int votersCount, boolean closed, boolean multiple, String endsAt, boolean totalsShown) {
    /** One option: its title, votes and share in whole percent. */
    public record Option(String title, int votes, int percent) {}

    /** The view of {@code poll}, or null for none. */
    public static PollView of(Poll poll, Instant now) {
        if (poll == null) {
            return null;
        }
        boolean closed = poll.expired(now);
        int base = poll.multiple() ? poll.votersCount() : poll.votesCount();
        List<Option> options = poll.options().stream()
                .map(o ->
                        new Option(o.title(), o.votesCount(), base == 0 ? 0 : Math.round(100f * o.votesCount() / base)))
                .toList();
        return new PollView(
                options,
                poll.votersCount(),
                closed,
                poll.multiple(),
                poll.expiresAt() == null ? null : poll.expiresAt().toString(),
                closed || !poll.hideTotals());
    }
}
