package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one typed table of inbound handlers: activity type, optionally narrowed by the type of the
 * embedded object ({@code Update} of a {@code Person} vs of a {@code Note}), to handler. Unknown
 * types have no handler: they are acknowledged and ignored.
 */
public final class InboxHandlers {
    private record Key(ActivityType type, String objectType) {}

    private final Map<Key, InboxHandler> byType = new HashMap<>();

    /** Registers the handler for an activity type, whatever its object. */
    public InboxHandlers on(ActivityType activityType, InboxHandler handler) {
        return put(new Key(activityType, null), handler);
    }

    /** Registers the handler for an activity type whose embedded object has the given type. */
    public InboxHandlers on(ActivityType activityType, String objectType, InboxHandler handler) {
        return put(new Key(activityType, objectType), handler);
    }

    /** Registers the handler for an activity whose embedded object is itself an activity (Undo of a Follow). */
    public InboxHandlers on(ActivityType activityType, ActivityType objectType, InboxHandler handler) {
        return on(activityType, objectType.asName(), handler);
    }

    private InboxHandlers put(Key key, InboxHandler handler) {
        if (byType.putIfAbsent(key, handler) != null) {
            throw new IllegalStateException("Two inbox handlers for " + key);
        }
        return this;
    }

    /**
     * The most specific handler: type and object type first, then the type alone; empty for a type
     * Kakehashi does not handle.
     */
    public Optional<InboxHandler> find(String activityType, String objectType) {
        return ActivityType.parse(activityType).map(type -> {
            InboxHandler specific =
                    objectType == null || objectType.isEmpty() ? null : byType.get(new Key(type, objectType));
            return specific != null ? specific : byType.get(new Key(type, null));
        });
    }
}
