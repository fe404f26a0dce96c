package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Whose home timeline shows a remote post or boost, by the home timeline's own queries (follows,
 * exclusive lists, followed hashtags, mutes): the authors streaming tells of it. A blog has few
 * authors, so each is asked in turn.
 */
public final class HomeAudience {
    private final Transactions tx;
    private final AccountRepository accounts;
    private final RemotePostRepository posts;
    private final RemoteBoostRepository boosts;
    private final Clock clock;

    public HomeAudience(
            Transactions tx,
            AccountRepository accounts,
            RemotePostRepository posts,
            RemoteBoostRepository boosts,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.posts = posts;
        this.boosts = boosts;
        this.clock = clock;
    }

    /** The authors whose home shows the remote post or boost {@code statusId} now; joins the unit of work. */
    public List<Long> of(long statusId) {
        return tx.call(() -> {
            Instant now = clock.instant();
            IdRange only = IdRange.only(statusId);
            return accounts.all().stream()
                    .map(Account::id)
                    .filter(id -> shows(id, only, now))
                    .toList();
        });
    }

    /** The boosts of the remote post {@code postId} (none when it is a boost itself); joins the unit of work. */
    public List<Long> boostsOf(long postId) {
        return tx.call(() -> boosts.idsOfPost(postId));
    }

    private boolean shows(long accountId, IdRange only, Instant now) {
        String actor = "account:" + accountId;
        return !posts.homeIn(actor, accountId, only, now).isEmpty()
                || !boosts.homeIn(actor, accountId, only, now).isEmpty();
    }
}
