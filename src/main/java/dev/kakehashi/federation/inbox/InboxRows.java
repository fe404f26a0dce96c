package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.store.InboxRepository;
import java.time.Clock;

/**
 * Stores verified activities as inbox rows (once per activity id) and wakes the inbox job. The
 * domain-block check comes with moderation; until then nothing is refused here.
 */
public final class InboxRows implements InboxStore {
    private final InboxRepository rows;
    private final Runnable kickProcessing;
    private final Clock clock;

    public InboxRows(InboxRepository rows, Runnable kickProcessing, Clock clock) {
        this.rows = rows;
        this.kickProcessing = kickProcessing;
        this.clock = clock;
    }

    @Override
    public Result receive(
            JsonNode activity, String type, String actorId, String signerId, String recipient, String raw) {
        String id = Activities.idOf(activity.get("id"));
        // Not in a unit of work: the insert commits by itself, in one round trip.
        boolean added = rows.add(id, type, actorId, signerId, recipientKey(recipient), raw, clock.instant());
        if (!added) {
            return Result.DUPLICATE;
        }
        kickProcessing.run();
        return Result.ACCEPTED;
    }

    /** The inbox path segment ("blog", "12") as the stored actor key ("blog", "account:12"). */
    static String recipientKey(String segment) {
        if (segment == null) {
            return null;
        }
        if (segment.isEmpty() || !segment.chars().allMatch(Character::isDigit)) {
            return segment;
        }
        try {
            return ActorKey.author(Long.parseLong(segment)).text();
        } catch (NumberFormatException tooLong) {
            return segment; // no account has such an id: the activity finds no local actor
        }
    }
}
