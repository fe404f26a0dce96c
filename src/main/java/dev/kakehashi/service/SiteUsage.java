package dev.kakehashi.service;

import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How much the site is used (NodeInfo's usage numbers), counted from the database on each request. */
public final class SiteUsage {
    /** @param activeMonth authors who published in the last 30 days; halfyear: 180 days */
    public record Usage(long users, long activeMonth, long activeHalfyear, long localPosts) {}

    private final Transactions tx;
    private final AccountRepository accounts;
    private final PostRepository posts;
    private final Clock clock;

    public SiteUsage(Transactions tx, AccountRepository accounts, PostRepository posts, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.posts = posts;
        this.clock = clock;
    }

    public Usage current() {
        Instant now = clock.instant();
        return tx.call(() -> new Usage(
                accounts.count(),
                posts.countAuthorsPublishedSince(now.minus(Duration.ofDays(30))),
                posts.countAuthorsPublishedSince(now.minus(Duration.ofDays(180))),
                posts.countPublished()));
    }
}
