package dev.kakehashi.store;

import dev.kakehashi.domain.FollowState;
import java.time.Instant;

/**
 * The counts a local author's Mastodon account shows, read in one statement (every status and
 * account an app reads carries them): public published posts and the last one's time, accepted
 * followers, accepted follows. The post counts come from the index on (author_id, status,
 * visibility) alone (V41).
 */
public final class AccountStatsRepository {
    /** @param lastPublishedAt null when the author never published a public post */
    public record Counts(long posts, long followers, long following, Instant lastPublishedAt) {}

    private static final String SQL = "select"
            + " (select count(*) from post p where p.author_id = :a and p.status = 'PUBLISHED'"
            + " and p.visibility = 'PUBLIC') as posts,"
            + " (select max(p.published_at) from post p where p.author_id = :a and p.status = 'PUBLISHED'"
            + " and p.visibility = 'PUBLIC') as last_at,"
            + " (select count(*) from follower f where f.local_actor = :l and f.state = :accepted) as followers,"
            + " (select count(*) from following g where g.local_actor = :l and g.state = :accepted) as following";

    private final Transactions tx;

    public AccountStatsRepository(Transactions tx) {
        this.tx = tx;
    }

    /** @param localActor the key the author's follows are filed under ({@code account:<id>}) */
    public Counts of(long accountId, String localActor) {
        return Rows.first(
                        tx.session(),
                        SQL,
                        q -> q.setParameter("a", accountId)
                                .setParameter("l", localActor)
                                .setParameter("accepted", FollowState.ACCEPTED.name()),
                        r -> new Counts(r.lng("posts"), r.lng("followers"), r.lng("following"), r.instant("last_at")))
                .orElseThrow();
    }
}
