package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.StatusCounts;
import java.util.Map;

/**
 * What a status shows beyond its own row, loaded for a whole page at once (no query per status):
 * counts, the caller's own flags, the ids of the status and account it replies to, and the account
 * ids of those it mentions by actor URI.
 */
public record StatusFacts(
        long favourites,
        long reblogs,
        long replies,
        boolean favourited,
        boolean reblogged,
        boolean bookmarked,
        boolean pinned,
        boolean muted,
        String inReplyToId,
        String inReplyToAccountId,
        Map<String, String> mentionAccountIds) {
    public static final StatusFacts NONE =
            new StatusFacts(0, 0, 0, false, false, false, false, false, null, null, Map.of());

    public StatusFacts {
        mentionAccountIds = mentionAccountIds == null ? Map.of() : Map.copyOf(mentionAccountIds);
    }

    /** The counts, as the shared status record holds them. */
    public StatusCounts counts() {
        return new StatusCounts(replies, reblogs, favourites);
    }

    /** The local id of the status replied to, or null. */
    public Long replyToId() {
        return inReplyToId == null ? null : Long.valueOf(inReplyToId);
    }

    /** The same facts, replying to the account {@code accountId}. */
    public StatusFacts answering(String accountId) {
        return new StatusFacts(
                favourites,
                reblogs,
                replies,
                favourited,
                reblogged,
                bookmarked,
                pinned,
                muted,
                inReplyToId,
                accountId,
                mentionAccountIds);
    }
}
