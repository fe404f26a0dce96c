package dev.kakehashi.admin;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.Snowflake;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The "Open for" choice an edit form preselects for a post's poll: the one nearest the duration the
 * poll was opened with. That duration is not stored; it is the time from the poll's start (when it
 * was made, its id's time, or when the post is scheduled or was published if that is later) to its
 * end.
 */
final class PollDurations {
    private PollDurations() {}

    /**
     * @param choices the form's durations, in seconds
     * @return the choice nearest the poll's own duration (by ratio, so 2 days is nearer 3 days than 1
     *     day), or {@code fallback} for a poll that never ends
     */
    static long nearest(Post post, Poll poll, Collection<Long> choices, long fallback) {
        if (poll.expiresAt() == null) {
            return fallback;
        }
        Instant start = Snowflake.timeOf(poll.id());
        // A scheduled post's poll, made when it was scheduled, opens when it is published.
        for (Instant later : new Instant[] {post.scheduledAt(), post.publishedAt()}) {
            if (later != null && later.isAfter(start)) {
                start = later;
            }
        }
        long seconds = Math.max(1, Duration.between(start, poll.expiresAt()).toSeconds());
        long best = fallback;
        double bestDistance = Double.MAX_VALUE;
        for (long choice : choices) {
            double distance = Math.abs(Math.log((double) choice / seconds));
            if (distance < bestDistance) {
                best = choice;
                bestDistance = distance;
            }
        }
        return best;
    }
}
