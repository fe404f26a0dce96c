package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * How the table joins a record's reader to its handler: {@link #bind} in the app; a test's
     * table may record which handler a pair reaches instead of running it.
     */
    public interface Binder {
        <A extends Inbound> InboxHandler bind(Inbound.Reader<A> reader, ActivityHandler<? super A> handler);
    }

    private final Map<Key, InboxHandler> byType = new HashMap<>();
    private final Binder binder;
    private SentObjects sent = SentObjects.NONE;

    public InboxHandlers() {
        this(InboxHandlers::bind);
    }

    public InboxHandlers(Binder binder) {
        this.binder = binder;
    }

    /** How an object given only by its id is typed when the id is one of the activities we sent. */
    public InboxHandlers sentObjects(SentObjects sent) {
        this.sent = sent;
        return this;
    }

    /**
     * Registers the handler for an activity type, whatever its object: {@code reader} reads the
     * activity's record once, then {@code handler} takes it.
     */
    public <A extends Inbound> InboxHandlers on(
            ActivityType activityType, Inbound.Reader<A> reader, ActivityHandler<? super A> handler) {
        return put(new Key(activityType, null), binder.bind(reader, handler));
    }

    /** Registers the handler for an activity type whose embedded object has the given type. */
    public <A extends Inbound> InboxHandlers on(
            ActivityType activityType,
            String objectType,
            Inbound.Reader<A> reader,
            ActivityHandler<? super A> handler) {
        return put(new Key(activityType, objectType), binder.bind(reader, handler));
    }

    /** Registers the handler for an activity whose embedded object is itself an activity (Undo of a Follow). */
    public <A extends Inbound> InboxHandlers on(
            ActivityType activityType,
            ActivityType objectType,
            Inbound.Reader<A> reader,
            ActivityHandler<? super A> handler) {
        return on(activityType, objectType.asName(), reader, handler);
    }

    /** {@code handler} behind {@code reader}, as the table calls it with a stored activity. */
    public static <A extends Inbound> InboxHandler bind(Inbound.Reader<A> reader, ActivityHandler<? super A> handler) {
        return activity -> handler.handle(reader.read(activity));
    }

    private InboxHandlers put(Key key, InboxHandler handler) {
        if (byType.putIfAbsent(key, handler) != null) {
            throw new IllegalStateException("Two inbox handlers for " + key);
        }
        return this;
    }

    /**
     * The handler of {@code activity}: by the type of its embedded object, or, when the object is an
     * id alone, by the type of what we sent with that id.
     */
    public Optional<InboxHandler> forActivity(String activityType, JsonNode activity) {
        String objectType = Activities.objectType(activity);
        if (objectType.isEmpty() && activity.path("object").isTextual()) {
            objectType = sent.typeOf(activity.path("object").asText())
                    .map(ActivityType::asName)
                    .orElse("");
        }
        return find(activityType, objectType);
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
