package dev.kakehashi.federation.moderation;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.ReportService;

/**
 * The remote user lifts their Block: the report stays, marked resolved, and deliveries to the user
 * resume. Matched by the Block's id or by the blocked local actor; only the blocker can undo it
 * ({@link ReportService#unblockedBy}).
 */
public final class UndoBlockHandler implements ActivityHandler<Inbound.Undo> {
    private final ReportService reports;
    private final ActorIds ids;

    public UndoBlockHandler(ReportService reports, ActorIds ids) {
        this.reports = reports;
        this.ids = ids;
    }

    @Override
    public void handle(Inbound.Undo activity) {
        Inbound.Embedded block = activity.embedded();
        String blocker = block == null ? null : block.actorId();
        if (blocker != null && !blocker.equals(activity.actorId())) {
            throw new RejectedActivity("an actor can only undo its own Block");
        }
        String local = block != null
                ? BlockHandler.ours(block.object(), ids).map(ActorRef::key).orElse(null)
                : null;
        String blockId = activity.object();
        if (local == null && blockId == null) {
            throw new RejectedActivity("the Undo names no Block");
        }
        if (!reports.unblockedBy(activity.actorId(), local, blockId)) {
            throw new RejectedActivity("no Block of ours by this actor is open");
        }
    }
}
