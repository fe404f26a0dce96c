package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.filters.ActiveFilters;
import dev.kakehashi.store.stream.StreamEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one event carries: loaded once for all of this node's subscribers, then, for a status, judged
 * by each subscriber's own filters (a {@code hide} match drops it, a {@code warn} one lists the
 * match in {@code filtered}) as their timelines would, each account's filters read once.
 */
final class EventPayload {
    /** The payload of an event that has none ({@code filters_changed}). */
    static final String NONE = "";

    private final StreamHub.Content content;
    private final StatusEntity status;
    private final String text;
    private final Map<Long, ActiveFilters> filters = new HashMap<>();
    private final Map<String, Optional<String>> judged = new HashMap<>();

    private EventPayload(StreamHub.Content content, StatusEntity status, String text) {
        this.content = content;
        this.status = status;
        this.text = text;
    }

    /** The event's payload, or empty when what it is about is gone. */
    static Optional<EventPayload> load(StreamEvent e, StreamHub.Content content) {
        return switch (e.type()) {
            case DELETE, REMOTE_DELETE -> Optional.of(plain(content, Long.toString(e.id())));
            case FILTERS_CHANGED -> Optional.of(plain(content, NONE));
            case NOTIFICATION -> content.notification(e.accountId(), e.id()).map(t -> plain(content, t));
            case CONVERSATION -> content.conversation(e.accountId(), e.id()).map(t -> plain(content, t));
            case UPDATE, STATUS_UPDATE -> content.status(e.id()).map(s -> ofStatus(content, s));
            case REMOTE_UPDATE, REMOTE_STATUS_UPDATE -> content.remoteStatus(e.id())
                    .map(s -> ofStatus(content, s));
        };
    }

    private static EventPayload plain(StreamHub.Content content, String text) {
        return new EventPayload(content, null, text);
    }

    private static EventPayload ofStatus(StreamHub.Content content, StatusEntity status) {
        return new EventPayload(content, status, StreamFrames.write(status));
    }

    /**
     * The payload as {@code accountId} (null for an app-only token) gets it on a stream of {@code
     * kind}; empty when their filters hide it.
     */
    Optional<String> forSubscriber(Long accountId, StreamKind kind) {
        if (status == null || accountId == null) {
            return Optional.of(text);
        }
        FilterContext context =
                kind == StreamKind.USER || kind == StreamKind.LIST ? FilterContext.HOME : FilterContext.PUBLIC;
        return judged.computeIfAbsent(accountId + "/" + context, k -> {
            ActiveFilters active = filters.computeIfAbsent(accountId, content::filters);
            StatusEntity seen = content.judge(active, context, status);
            if (seen == null) {
                return Optional.empty();
            }
            return Optional.of(seen == status ? text : StreamFrames.write(seen));
        });
    }
}
