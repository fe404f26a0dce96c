package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteBoost;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our actors following remote accounts (the other direction from {@link FollowerService}), for the
 * admin, the Mastodon API, the follows import and the inbox's Move alike: the target is resolved
 * (network, outside any transaction), then the PENDING row and the queued Follow are written in one
 * transaction, and delivery is kicked after commit. Unfollowing queues the Undo when their inbox is
 * known and drops the row.
 */
public final class FollowingService implements RemoteFollowing {
    private static final Logger log = LoggerFactory.getLogger(FollowingService.class);
    private static final String FIELD = "target";
    /** The blog's actor as keys are stored. */
    static final String BLOG_KEY = ActorKey.BLOG.text();

    /** What an author typed to follow, as a remote actor; implemented by the federation layer, over the network. */
    public interface Targets {
        /**
         * @throws InvalidInputException 422 on field {@code target} for what cannot be followed
         * @throws ServiceException 502 when their server cannot be reached or answers nonsense
         */
        RemoteActor resolve(String typed);
    }

    /** Queues the Follow and its Undo in the caller's transaction; implemented by the federation layer. */
    public interface Outbox {
        /** A fresh id for a Follow by the local actor keyed {@code localActor}. */
        String followId(String localActor);

        void follow(String localActor, String followId, RemoteActor target, Instant now);

        void unfollow(String localActor, String followId, String actorUri, String inbox, Instant now);
    }

    private final Transactions tx;
    private final FollowingRepository following;
    private final RemotePostRepository posts;
    private final RemoteBoostRepository boosts;
    private final RemoteMediaRepository media;
    private final RemoteActorRepository actorCache;
    private final Targets targets;
    private final Outbox outbox;
    private final Runnable deliveryKick;
    private final SiteService site;
    private final Clock clock;

    public FollowingService(
            Transactions tx,
            FollowingRepository following,
            RemotePostRepository posts,
            RemoteBoostRepository boosts,
            RemoteActorRepository actorCache,
            Targets targets,
            Outbox outbox,
            Runnable deliveryKick,
            SiteService site,
            Clock clock) {
        this.tx = tx;
        this.site = site;
        this.following = following;
        this.posts = posts;
        this.boosts = boosts;
        this.media = new RemoteMediaRepository(tx);
        this.actorCache = actorCache;
        this.targets = targets;
        this.outbox = outbox;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    @Override
    public Followed follow(long accountId, String target) {
        return follow(actorKey(accountId), target);
    }

    @Override
    public Followed followAsBlog(String target) {
        if (!site.federation().actorMode().blog()) {
            throw InvalidInputException.of(FIELD, "The blog has no fediverse account: only its authors federate.");
        }
        return follow(BLOG_KEY, target);
    }

    private Followed follow(String me, String target) {
        RemoteActor actor = targets.resolve(target);
        Instant now = clock.instant();
        boolean queued = tx.call(() -> queueFollow(me, actor, now));
        if (!queued) {
            String who = BLOG_KEY.equals(me) ? "The blog already follows " : "You already follow ";
            throw InvalidInputException.of(FIELD, who + actor.acct() + ".");
        }
        log.info("{} follows {} (pending)", me, actor.uri());
        return new Followed(
                actor.uri(),
                "@" + actor.acct(),
                actor.name(),
                actor.url() != null ? actor.url() : actor.uri(),
                FollowState.PENDING,
                false);
    }

    @Override
    public void setNotify(long accountId, String actorUri, boolean notify) {
        String me = actorKey(accountId);
        tx.run(() -> following.setNotify(me, actorUri, notify));
    }

    @Override
    public void unfollow(long accountId, String actorUri) {
        unfollow(actorKey(accountId), actorUri);
    }

    @Override
    public void unfollowAsBlog(String actorUri) {
        unfollow(BLOG_KEY, actorUri);
    }

    private void unfollow(String me, String actorUri) {
        Instant now = clock.instant();
        tx.run(() -> {
            Following row = following
                    .find(me, actorUri)
                    .orElseThrow(() -> ServiceException.notFound("You do not follow this account"));
            queueUnfollow(row, now);
        });
        log.info("{} unfollowed {}", me, actorUri);
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
                queueFollow(row.localActor(), target, now);
                queueUnfollow(row, now);
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
    private boolean queueFollow(String me, RemoteActor actor, Instant now) {
        if (following.find(me, actor.uri()).isPresent()) {
            return false;
        }
        String followId = outbox.followId(me);
        following.add(me, actor.uri(), followId, now);
        outbox.follow(me, followId, actor, now);
        tx.afterCommit(deliveryKick);
        return true;
    }

    /** In the caller's transaction: queues {@code Undo{Follow}} (when their inbox is known) and drops the row. */
    private void queueUnfollow(Following row, Instant now) {
        String actorUri = row.remoteActorUri();
        String inbox = actorCache.byUri(actorUri).map(RemoteActor::inbox).orElse(null);
        if (inbox != null) {
            outbox.unfollow(row.localActor(), row.followActivityId(), actorUri, inbox, now);
            tx.afterCommit(deliveryKick);
        }
        following.remove(row.localActor(), actorUri);
    }

    @Override
    public List<Followed> following(long accountId) {
        return following(actorKey(accountId));
    }

    @Override
    public List<Followed> blogFollowing() {
        return following(BLOG_KEY);
    }

    private List<Followed> following(String me) {
        return tx.call(() -> following.of(me).stream().map(this::followed).toList());
    }

    /**
     * Posts and boosts by the accounts the author or the blog follows, newest first (a boost by when
     * it was boosted); a followers-only post only when it was shared with this author. Their
     * attachments come in one more query.
     */
    @Override
    public List<ReceivedPost> recentPosts(long accountId, int limit) {
        String me = actorKey(accountId);
        return tx.call(() -> {
            List<RemotePost> own = posts.fromFollowed(me, accountId, limit);
            List<RemoteBoost> boosted = boosts.byFollowed(me, limit);
            Map<Long, List<RemoteMedia>> attached = media.ofPosts(Stream.concat(
                            own.stream().map(RemotePost::id),
                            boosted.stream().map(b -> b.post().id()))
                    .collect(Collectors.toSet()));
            List<ReceivedPost> all = new java.util.ArrayList<>();
            own.forEach(p -> all.add(received(p, null, attached)));
            boosted.forEach(b -> all.add(received(
                    b.post(),
                    new Booster(b.boosterUri(), b.boosterName(), b.boosterHandle(), b.boostedAt()),
                    attached)));
            all.sort(java.util.Comparator.comparing(ReceivedPost::shownAt).reversed());
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        });
    }

    private Followed followed(Following row) {
        RemoteActor a = actorCache.byUri(row.remoteActorUri()).orElse(null);
        if (a == null) {
            return new Followed(
                    row.remoteActorUri(),
                    row.remoteActorUri(),
                    null,
                    row.remoteActorUri(),
                    row.state(),
                    row.notifying());
        }
        String profile = a.url() != null ? a.url() : a.uri();
        return new Followed(
                a.uri(), "@" + a.preferredUsername() + "@" + a.host(), a.name(), profile, row.state(), row.notifying());
    }

    /** The post {@code s} as the reader shows it, as {@code booster} boosted it (null: as its author posted it). */
    private static ReceivedPost received(RemotePost s, Booster booster, Map<Long, List<RemoteMedia>> attached) {
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
                booster,
                s.visibility() == dev.kakehashi.domain.Visibility.PRIVATE,
                attached.getOrDefault(s.id(), List.of()));
    }

    /** An author's actor as keys are stored. */
    static String actorKey(long accountId) {
        return ActorKey.author(accountId).text();
    }
}
