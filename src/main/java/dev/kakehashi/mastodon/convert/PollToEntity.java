package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.mastodon.entity.PollEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import java.time.Instant;
import java.util.List;

/**
 * A poll as Mastodon's {@code Poll}, as {@code viewer} sees it: a poll with hidden totals shows its
 * counts only to its author and once it has ended, as Mastodon does.
 */
public final class PollToEntity {
    private PollToEntity() {}

    /**
     * @param ownVotes the viewer's choices
     * @param viewer null for an anonymous reader
     * @param isAuthor whether the viewer wrote the poll
     */
    public static PollEntity convert(Poll p, List<Integer> ownVotes, Long viewer, boolean isAuthor, Instant now) {
        boolean expired = p.expired(now);
        boolean shown = !p.hideTotals() || isAuthor || expired;
        return new PollEntity(
                Long.toString(p.id()),
                MastodonTime.datetime(p.expiresAt()),
                expired,
                p.multiple(),
                p.votesCount(),
                p.votersCount(),
                p.options().stream()
                        .map(o -> new PollEntity.Option(o.title(), shown ? o.votesCount() : null))
                        .toList(),
                List.of(),
                viewer == null ? null : isAuthor || !ownVotes.isEmpty(),
                viewer == null ? null : List.copyOf(ownVotes));
    }
}
