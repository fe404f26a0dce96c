package dev.kakehashi.federation.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one typed table of inbound handlers: activity type, optionally narrowed by the type of the
 * embedded object ({@code Update} of a {@code Person} vs of a {@code Note}), to handler. Unknown
 * types have no handler: they are acknowledged and ignored.
 */
public final class InboxHandlers {
    private final Map<String, InboxHandler> byType = new HashMap<>();

    /** Registers the handler for an activity type, whatever its object. */
    public InboxHandlers on(String activityType, InboxHandler handler) {
        return put(activityType, handler);
    }

    /** Registers the handler for an activity type whose embedded object has the given type. */
    public InboxHandlers on(String activityType, String objectType, InboxHandler handler) {
        return put(activityType + "/" + objectType, handler);
    }

    private InboxHandlers put(String key, InboxHandler handler) {
        if (byType.putIfAbsent(key, handler) != null) {
            throw new IllegalStateException("Two inbox handlers for " + key);
        }
        return this;
    }

    /** The most specific handler: type and object type first, then the type alone. */
    public Optional<InboxHandler> find(String activityType, String objectType) {
        InboxHandler specific =
                objectType == null || objectType.isEmpty() ? null : byType.get(activityType + "/" + objectType);
        return Optional.ofNullable(specific != null ? specific : byType.get(activityType));
    }
}
