package dev.kakehashi.federation.moderation;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.ReportService;
import java.util.Optional;

/**
 * A remote user blocks one of our actors (Mastodon, GoToSocial: {@code Block{actor, object: our
 * actor}}, INTEROP A9.11): recorded for admins, the user stops following, and while the block stands
 * nothing of that actor is delivered to the user's own inbox ({@link DeliveryRefusals}). The rules
 * are {@link ReportService#blockedBy}'s; this reads which of our actors the Block names.
 */
public final class BlockHandler implements ActivityHandler<Inbound.Block> {
    private final ReportService reports;
    private final ActorIds ids;

    public BlockHandler(ReportService reports, ActorIds ids) {
        this.reports = reports;
        this.ids = ids;
    }

    @Override
    public void handle(Inbound.Block activity) {
        String object = activity.object();
        ActorRef blocked = ours(object, ids)
                .orElseThrow(() -> new RejectedActivity("the Block's object is not one of our actors"));
        reports.blockedBy(
                activity.actorId(), blocked.key(), object, activity.from().id());
    }

    /** The local actor an id names, other than the instance actor. */
    static Optional<ActorRef> ours(String id, ActorIds ids) {
        return ids.parse(id).filter(ref -> ref.kind() != ActorRef.Kind.INSTANCE);
    }
}
