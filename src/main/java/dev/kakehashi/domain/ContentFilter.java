package dev.kakehashi.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One of an author's content filters with its keywords and statuses. An expired filter is kept
 * (it is still listed) but matches nothing.
 *
 * @param expiresAt when it stops applying, or null for never
 */
public record ContentFilter(
        long id,
        long accountId,
        String title,
        Set<FilterContext> contexts,
        FilterAction action,
        Instant expiresAt,
        List<FilterKeyword> keywords,
        List<FilteredStatus> statuses) {
    public ContentFilter {
        contexts = Set.copyOf(contexts);
        keywords = List.copyOf(keywords);
        statuses = List.copyOf(statuses);
    }

    /** Whether it still applies at {@code now}. */
    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
