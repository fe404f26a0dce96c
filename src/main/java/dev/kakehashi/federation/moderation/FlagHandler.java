package dev.kakehashi.federation.moderation;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.ReportService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A report from another server (INTEROP A9.12), usually signed by its instance actor: {@code object}
 * lists the reported account and statuses (ids, or embedded objects as Pleroma sends them) and
 * {@code content} holds the reporter's comment. Only the parts on this site are kept; a Flag that
 * names nothing of ours is rejected. Recorded by {@link ReportService#flagged}.
 */
public final class FlagHandler implements ActivityHandler<Inbound.Flag> {
    static final int CONTENT_MAX = 5000;
    static final int OBJECTS_MAX = 100;

    private final ReportService reports;
    private final ActorIds ids;

    public FlagHandler(ReportService reports, ActorIds ids) {
        this.reports = reports;
        this.ids = ids;
    }

    /** What a Flag says about this site. */
    record Flag(List<String> objects, String localActor, String content) {}

    @Override
    public void handle(Inbound.Flag activity) {
        Flag flag = read(activity, ids);
        reports.flagged(
                activity.actorId(),
                flag.localActor(),
                flag.objects(),
                flag.content(),
                activity.from().id());
    }

    static Flag read(Inbound.Flag activity, ActorIds ids) {
        Set<String> ours = new LinkedHashSet<>();
        for (String id : activity.objects()) {
            if (id.length() <= 2048 && ids.isOurs(id) && ours.size() < OBJECTS_MAX) {
                ours.add(id);
            }
        }
        if (ours.isEmpty()) {
            throw new RejectedActivity("the Flag names nothing on this site");
        }
        String local = ours.stream()
                .map(id -> BlockHandler.ours(id, ids))
                .flatMap(java.util.Optional::stream)
                .map(ActorRef::key)
                .findFirst()
                .orElse(null);
        String content = activity.content();
        if (content != null && content.length() > CONTENT_MAX) {
            content = content.substring(0, CONTENT_MAX);
        }
        return new Flag(new ArrayList<>(ours), local, content == null || content.isBlank() ? null : content.strip());
    }
}
