package dev.kakehashi.service;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * The rules of remote actors following ours, for the inbox and the admin alike: a Follow is stored
 * and accepted at once unless the actor approves followers manually; following again re-sends the
 * Accept (peers that lost it retry the Follow); a new follower notifies the author concerned; an
 * Undo removes the follow; approving queues an Accept, rejecting removes the follower and queues a
 * Reject; an account deleted or moved takes its follows with it. Each method is one transaction;
 * answers are delivered after it commits.
 */
public final class FollowerService {
    /** Queues an Accept or Reject of a follower's Follow, in the caller's transaction (the federation layer's). */
    public interface Answers {
        void queue(ActivityType type, Follower follower);
    }

    /** Marks a remote actor gone in the actor cache, in the caller's transaction (the federation layer's). */
    public interface Gone {
        void markGone(String actorUri);
    }

    private final Transactions tx;
    private final FollowerRepository followers;
    private final Answers answers;
    private final Gone gone;
    private final Runnable kickDelivery;
    private final FollowerNotifier notifier;
    private final Clock clock;

    public FollowerService(
            Transactions tx,
            FollowerRepository followers,
            Answers answers,
            Gone gone,
            Runnable kickDelivery,
            FollowerNotifier notifier,
            Clock clock) {
        this.tx = tx;
        this.followers = followers;
        this.answers = answers;
        this.gone = gone;
        this.kickDelivery = kickDelivery;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * {@code follower} follows the local actor keyed {@code localActor}.
     *
     * @param authorId the followed author's account, or null for the blog (then every admin is told)
     * @param manual whether the actor approves followers by hand (the follow then waits)
     * @param followId the Follow's id, echoed in the Accept or Reject
     */
    public Follower followed(String localActor, Long authorId, RemoteActor follower, boolean manual, String followId) {
        return tx.call(() -> {
            boolean isNew = followers.find(localActor, follower.uri()).isEmpty();
            Follower row = followers.upsert(
                    localActor,
                    follower.uri(),
                    follower.inbox(),
                    follower.sharedInbox(),
                    manual ? FollowState.PENDING : FollowState.ACCEPTED,
                    followId,
                    clock.instant());
            if (isNew) {
                notifier.newFollower(authorId, follower.uri(), row.pending(), row.createdAt());
            }
            if (row.state() == FollowState.ACCEPTED) {
                answers.queue(ActivityType.ACCEPT, row);
                tx.afterCommit(kickDelivery);
            }
            return row;
        });
    }

    /**
     * {@code remoteActorUri} stops following: matched by the followed actor's key, or by the Follow's
     * id when the Undo does not name the actor (either may be null, not both).
     */
    public void unfollowed(String remoteActorUri, String localActor, String followId) {
        tx.run(() -> followers.removeFollow(remoteActorUri, localActor, followId));
    }

    /**
     * {@code actorUri} deleted its account: it stops following every actor of ours and is marked
     * gone, together.
     */
    public void accountDeleted(String actorUri) {
        tx.run(() -> {
            followers.removeByActor(actorUri);
            gone.markGone(actorUri);
        });
    }

    /**
     * The remote account {@code origin} moved to {@code target} (a Move already checked against the
     * target's {@code alsoKnownAs}): each of its follows becomes the target's, unless the target
     * follows that actor already (then the old follow just goes).
     *
     * @return how many follows moved or went
     */
    public int moved(String origin, RemoteActor target) {
        return tx.call(() -> {
            int n = 0;
            for (Follower f : followers.byRemoteActor(origin)) {
                if (followers.find(f.localActor(), target.uri()).isPresent()) {
                    followers.remove(f.id());
                } else {
                    followers.moveTo(f.id(), target.uri(), target.inbox(), target.sharedInbox());
                }
                n++;
            }
            return n;
        });
    }

    /** Every follower of every local actor (for admins), or of the actors keyed {@code localActors}. */
    public List<Follower> list(List<String> localActors, boolean all) {
        return tx.call(() -> all ? followers.all() : followers.of(localActors));
    }

    /**
     * Accepts a waiting request and queues the Accept; an accepted follower is left as it is.
     *
     * @param ownActor the key of the caller's own actor; admins ({@code admin}) manage every actor's
     * @throws ServiceException 404 when there is no such follower the caller may manage
     */
    public void approve(long followerId, String ownActor, boolean admin) {
        tx.run(() -> {
            Follower f = manageable(followerId, ownActor, admin);
            if (f.state() == FollowState.ACCEPTED) {
                return;
            }
            followers.accept(f.id());
            answers.queue(ActivityType.ACCEPT, f);
            tx.afterCommit(kickDelivery);
        });
    }

    /**
     * Removes the follower (a request or an accepted one) and queues a Reject.
     *
     * @throws ServiceException 404 when there is no such follower the caller may manage
     */
    public void reject(long followerId, String ownActor, boolean admin) {
        tx.run(() -> {
            Follower f = manageable(followerId, ownActor, admin);
            followers.remove(f.id());
            answers.queue(ActivityType.REJECT, f);
            tx.afterCommit(kickDelivery);
        });
    }

    private Follower manageable(long followerId, String ownActor, boolean admin) {
        return followers
                .byId(followerId)
                .filter(f -> admin || f.localActor().equals(ownActor))
                .orElseThrow(() -> ServiceException.notFound("Follower"));
    }
}
