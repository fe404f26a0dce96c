package dev.kakehashi.service;

import dev.kakehashi.store.HomeAudienceRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * Whose home timeline shows a remote post or boost, by the home timeline's own conditions (follows,
 * exclusive lists, followed hashtags, mutes): the authors streaming tells of it. One query asks it
 * of every author at once, since it runs for each status the inbox takes in.
 */
public final class HomeAudience {
    private final Transactions tx;
    private final HomeAudienceRepository audience;
    private final RemoteBoostRepository boosts;
    private final Clock clock;

    public HomeAudience(Transactions tx, HomeAudienceRepository audience, RemoteBoostRepository boosts, Clock clock) {
        this.tx = tx;
        this.audience = audience;
        this.boosts = boosts;
        this.clock = clock;
    }

    /** The authors whose home shows the remote post or boost {@code statusId} now; joins the unit of work. */
    public List<Long> of(long statusId) {
        return tx.call(() -> audience.of(statusId, clock.instant()));
    }

    /** The boosts of the remote post {@code postId} (none when it is a boost itself); joins the unit of work. */
    public List<Long> boostsOf(long postId) {
        return tx.call(() -> boosts.idsOfPost(postId));
    }
}
