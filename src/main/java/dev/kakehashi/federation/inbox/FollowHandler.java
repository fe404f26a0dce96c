package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.service.FollowNotifier;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A remote actor follows one of our actors: stored as a follower, accepted at once (an Accept is
 * queued) unless the actor approves followers manually, then it waits in the admin. Following again
 * re-sends the Accept, as peers that lost it retry the Follow. A new follower (not a repeated Follow)
 * notifies the author concerned, in the same transaction as the follower row.
 */
public final class FollowHandler implements InboxHandler {
    private final Transactions tx;
    private final FollowerRepository followers;
    private final RemoteActorService remoteActors;
    private final LocalActors localActors;
    private final Predicate<ActorRef> locked;
    private final FollowResponses responses;
    private final Runnable kickDelivery;
    private final FollowNotifier notifier;
    private final Clock clock;

    public FollowHandler(
            Transactions tx,
            FollowerRepository followers,
            RemoteActorService remoteActors,
            LocalActors localActors,
            Predicate<ActorRef> locked,
            FollowResponses responses,
            Runnable kickDelivery,
            FollowNotifier notifier,
            Clock clock) {
        this.tx = tx;
        this.followers = followers;
        this.remoteActors = remoteActors;
        this.localActors = localActors;
        this.locked = locked;
        this.responses = responses;
        this.kickDelivery = kickDelivery;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        ActorRef target = followed(activity, localActors.ids())
                .filter(ref -> localActors.summary(ref).isPresent())
                .orElseThrow(() -> new RejectedActivity("the Follow's object is not one of our actors"));
        // Fetched outside the transaction: a network call must not hold a database connection.
        RemoteActor follower = remoteActors.resolve(activity.actorId());
        boolean manual = locked.test(target);
        tx.run(() -> {
            boolean isNew = followers.find(target.key(), follower.uri()).isEmpty();
            Follower row = followers.upsert(
                    target.key(),
                    follower.uri(),
                    follower.inbox(),
                    follower.sharedInbox(),
                    manual ? FollowerRepository.PENDING : FollowerRepository.ACCEPTED,
                    activity.id(),
                    clock.instant());
            if (isNew) {
                notifier.newFollower(
                        target.kind() == ActorRef.Kind.AUTHOR ? target.accountId() : null,
                        follower.uri(),
                        FollowerRepository.PENDING.equals(row.state()),
                        row.createdAt());
            }
            if (FollowerRepository.ACCEPTED.equals(row.state())) {
                responses.queue(ActivityType.ACCEPT, target, row);
                tx.afterCommit(kickDelivery);
            }
        });
    }

    /** The local actor a Follow names; the instance actor is not followable. */
    static Optional<ActorRef> followed(ReceivedActivity activity, ActorIds ids) {
        return ids.parse(Activities.objectId(activity.json())).filter(ref -> ref.kind() != ActorRef.Kind.INSTANCE);
    }
}
