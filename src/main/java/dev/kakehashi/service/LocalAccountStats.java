package dev.kakehashi.service;

import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Instant;

/** The counts a Mastodon account shows for a local author: posts, followers, following, last post. */
public final class LocalAccountStats {
    /** @param lastStatusAt null when the author never published */
    public record Stats(long statuses, long followers, long following, Instant lastStatusAt) {}

    private final Transactions tx;
    private final PostRepository posts;
    private final FollowerRepository followers;
    private final FollowingRepository following;

    public LocalAccountStats(
            Transactions tx, PostRepository posts, FollowerRepository followers, FollowingRepository following) {
        this.tx = tx;
        this.posts = posts;
        this.followers = followers;
        this.following = following;
    }

    public Stats of(long accountId) {
        // The key the federation layer files an author's follows under (ActorRef.key()).
        String actor = "account:" + accountId;
        return tx.call(() -> new Stats(
                posts.countPublishedBy(accountId),
                followers.countAccepted(actor),
                following.countAccepted(actor),
                posts.lastPublishedAtBy(accountId)));
    }
}
