package dev.kakehashi.federation.moderation;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.ReportRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * A remote user blocks one of our actors (Mastodon, GoToSocial: {@code Block{actor, object: our
 * actor}}, INTEROP A9.11): recorded for admins, the user stops following, and while the block stands
 * nothing of that actor is delivered to the user's own inbox ({@link DeliveryRefusals}).
 */
public final class BlockHandler implements InboxHandler {
    private final dev.kakehashi.store.Transactions tx;
    private final ReportRepository reports;
    private final FollowerRepository followers;
    private final ActorIds ids;
    private final Clock clock;

    public BlockHandler(
            dev.kakehashi.store.Transactions tx,
            ReportRepository reports,
            FollowerRepository followers,
            ActorIds ids,
            Clock clock) {
        this.tx = tx;
        this.reports = reports;
        this.followers = followers;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        String object = Activities.objectId(activity.json());
        ActorRef blocked = ours(object, ids)
                .orElseThrow(() -> new RejectedActivity("the Block's object is not one of our actors"));
        tx.run(() -> {
            if (reports.exists(ReportRepository.BLOCK, activity.id())) {
                return;
            }
            reports.add(
                    ReportRepository.BLOCK,
                    activity.actorId(),
                    blocked.key(),
                    object,
                    null,
                    activity.id(),
                    clock.instant());
            followers.removeFollow(activity.actorId(), blocked.key(), null);
        });
    }

    /** The local actor an id names, other than the instance actor. */
    static Optional<ActorRef> ours(String id, ActorIds ids) {
        return ids.parse(id).filter(ref -> ref.kind() != ActorRef.Kind.INSTANCE);
    }
}
