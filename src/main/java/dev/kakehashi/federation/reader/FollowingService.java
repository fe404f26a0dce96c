package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteBoost;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.service.RemoteFollowing;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authors following remote accounts: resolves the target (network, outside any transaction), then
 * writes the PENDING row and queues the Follow in one transaction, and kicks delivery after commit.
 */
public final class FollowingService implements RemoteFollowing {
    private static final Logger log = LoggerFactory.getLogger(FollowingService.class);
    private static final String FIELD = "target";

    private final Transactions tx;
    private final FollowingRepository following;
    private final RemotePostRepository posts;
    private final RemoteBoostRepository boosts;
    private final RemoteActorRepository actorCache;
    private final RemoteTargets targets;
    private final OutboxRepository outbox;
    private final ActorIds ids;
    private final Runnable deliveryKick;
    private final Clock clock;

    public FollowingService(
            Transactions tx,
            FollowingRepository following,
            RemotePostRepository posts,
            RemoteBoostRepository boosts,
            RemoteActorRepository actorCache,
            WebFingerClient webFinger,
            RemoteActorService remoteActors,
            OutboxRepository outbox,
            ActorIds ids,
            Runnable deliveryKick,
            Clock clock) {
        this.tx = tx;
        this.following = following;
        this.posts = posts;
        this.boosts = boosts;
        this.actorCache = actorCache;
        this.targets = new RemoteTargets(webFinger, remoteActors, ids);
        this.outbox = outbox;
        this.ids = ids;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    @Override
    public Followed follow(long accountId, String target) {
        RemoteActor actor = targets.resolve(target);
        ActorRef me = ActorRef.author(accountId);
        Instant now = clock.instant();
        boolean queued = tx.call(() -> queueFollow(me, actor, now));
        if (!queued) {
            throw InvalidInputException.of(FIELD, "You already follow " + actor.acct() + ".");
        }
        log.info("{} follows {} (pending)", me.key(), actor.uri());
        return new Followed(
                actor.uri(),
                "@" + actor.acct(),
                actor.name(),
                actor.url() != null ? actor.url() : actor.uri(),
                FollowingRepository.PENDING);
    }

    @Override
    public void setNotify(long accountId, String actorUri, boolean notify) {
        String me = ActorRef.author(accountId).key();
        tx.run(() -> following.setNotify(me, actorUri, notify));
    }

    @Override
    public void unfollow(long accountId, String actorUri) {
        ActorRef me = ActorRef.author(accountId);
        String myId = ids.actor(me);
        Instant now = clock.instant();
        tx.run(() -> {
            Following row = following
                    .find(me.key(), actorUri)
                    .orElseThrow(() -> ServiceException.notFound("You do not follow this account"));
            queueUnfollow(row, myId, now);
        });
        log.info("{} unfollowed {}", me.key(), actorUri);
    }

    /**
     * The followed {@code origin} moved to {@code target} (a Move already checked against the
     * target's {@code alsoKnownAs}): each local actor following the origin follows the target
     * instead, as Mastodon does, with a Follow to the target and an Undo to the origin.
     *
     * @return how many follows moved
     */
    public int followMoved(String origin, RemoteActor target) {
        Instant now = clock.instant();
        int moved = tx.call(() -> {
            int n = 0;
            for (Following row : following.followersOf(origin)) {
                ActorRef me = ActorRefKeys.parse(row.localActor());
                queueFollow(me, target, now);
                queueUnfollow(row, ids.actor(me), now);
                n++;
            }
            return n;
        });
        if (moved > 0) {
            log.info("{} follow(s) of {} moved to {} (pending)", moved, origin, target.uri());
        }
        return moved;
    }

    /** In the caller's transaction: a PENDING row and its queued Follow; false when followed already. */
    private boolean queueFollow(ActorRef me, RemoteActor actor, Instant now) {
        if (following.find(me.key(), actor.uri()).isPresent()) {
            return false;
        }
        String myId = ids.actor(me);
        String followId = ids.activity(me, ActivityType.FOLLOW);
        following.add(me.key(), actor.uri(), followId, now);
        outbox.add(
                me.key(),
                ActivityType.FOLLOW,
                actor.uri(),
                null,
                FollowActivities.followJson(followId, myId, actor.uri()),
                actor.inbox(),
                now,
                now);
        tx.afterCommit(deliveryKick);
        return true;
    }

    /** In the caller's transaction: queues {@code Undo{Follow}} (when their inbox is known) and drops the row. */
    private void queueUnfollow(Following row, String myId, Instant now) {
        String actorUri = row.remoteActorUri();
        String inbox = actorCache.byUri(actorUri).map(RemoteActor::inbox).orElse(null);
        if (inbox != null) {
            outbox.add(
                    row.localActor(),
                    ActivityType.UNDO,
                    actorUri,
                    null,
                    FollowActivities.undoJson(row.followActivityId(), myId, actorUri),
                    inbox,
                    now,
                    now);
            tx.afterCommit(deliveryKick);
        }
        following.remove(row.localActor(), actorUri);
    }

    @Override
    public List<Followed> following(long accountId) {
        return tx.call(() -> following.of(ActorRef.author(accountId).key()).stream()
                .map(this::followed)
                .toList());
    }

    /**
     * Posts and boosts by the accounts the author or the blog follows, newest first (a boost by when
     * it was boosted); a followers-only post only when it was shared with this author.
     */
    @Override
    public List<ReceivedPost> recentPosts(long accountId, int limit) {
        String me = ActorRef.author(accountId).key();
        return tx.call(() -> {
            List<ReceivedPost> all = new java.util.ArrayList<>();
            posts.fromFollowed(me, accountId, limit).forEach(p -> all.add(received(p)));
            boosts.byFollowed(me, limit).forEach(b -> all.add(boosted(b)));
            all.sort(java.util.Comparator.comparing(ReceivedPost::shownAt).reversed());
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        });
    }

    private static ReceivedPost boosted(RemoteBoost b) {
        ReceivedPost post = received(b.post());
        return post.boostedBy(new Booster(b.boosterUri(), b.boosterName(), b.boosterHandle(), b.boostedAt()));
    }

    private Followed followed(Following row) {
        RemoteActor a = actorCache.byUri(row.remoteActorUri()).orElse(null);
        if (a == null) {
            return new Followed(row.remoteActorUri(), row.remoteActorUri(), null, row.remoteActorUri(), row.state());
        }
        String profile = a.url() != null ? a.url() : a.uri();
        return new Followed(a.uri(), "@" + a.preferredUsername() + "@" + a.host(), a.name(), profile, row.state());
    }

    private static ReceivedPost received(RemotePost s) {
        RemotePostContent c = s.content();
        return new ReceivedPost(
                c.uri(),
                c.url() != null ? c.url() : c.uri(),
                c.actorUri(),
                s.authorName(),
                s.authorHandle(),
                c.name(),
                c.contentHtml(),
                c.published() != null ? c.published() : s.receivedAt(),
                c.updated(),
                null,
                s.visibility() == dev.kakehashi.domain.Visibility.PRIVATE);
    }

    static ServiceException unreachable(RemoteFetchException e) {
        return new ServiceException(502, "Their server did not answer as expected: " + e.getMessage());
    }
}
