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
 * match in {@code filtered}) as their timelines would, each account's filters read once. On the
 * personal streams ({@code user}, {@code list}) a status is rendered for its subscriber, as Mastodon
 * does, so {@code favourited}, {@code bookmarked} and the like are theirs (once per account), and so
 * is a public post from elsewhere on the federated streams (which leave out the authors a subscriber
 * muted, as the timeline does); the blog's posts on the public streams share one rendering for no one
 * in particular.
 */
final class EventPayload {
    /** The payload of an event that has none ({@code filters_changed}). */
    static final String NONE = "";

    private final StreamHub.Content content;
    private final StreamEvent event;
    private final StatusEntity status;
    private final String text;
    private final Map<Long, ActiveFilters> filters = new HashMap<>();
    private final Map<String, Optional<String>> judged = new HashMap<>();
    private final Map<Long, Optional<StatusEntity>> seenBy = new HashMap<>();

    private EventPayload(StreamHub.Content content, StreamEvent event, StatusEntity status, String text) {
        this.content = content;
        this.event = event;
        this.status = status;
        this.text = text;
    }

    /** The event's payload, or empty when what it is about is gone. */
    static Optional<EventPayload> load(StreamEvent e, StreamHub.Content content) {
        return switch (e.type()) {
            case DELETE, REMOTE_DELETE, FEDERATED_DELETE -> Optional.of(plain(content, e, Long.toString(e.id())));
            case FILTERS_CHANGED -> Optional.of(plain(content, e, NONE));
            case NOTIFICATION -> content.notification(e.accountId(), e.id()).map(t -> plain(content, e, t));
            case CONVERSATION -> content.conversation(e.accountId(), e.id()).map(t -> plain(content, e, t));
            case UPDATE,
                    STATUS_UPDATE,
                    REMOTE_UPDATE,
                    REMOTE_STATUS_UPDATE,
                    FEDERATED_UPDATE,
                    FEDERATED_STATUS_UPDATE -> statusOf(e, content, null)
                    .map(s -> new EventPayload(content, e, s, StreamFrames.write(s)));
        };
    }

    private static EventPayload plain(StreamHub.Content content, StreamEvent e, String text) {
        return new EventPayload(content, e, null, text);
    }

    /** The status an update is about, as {@code viewer} sees it (null: no one in particular). */
    private static Optional<StatusEntity> statusOf(StreamEvent e, StreamHub.Content content, Long viewer) {
        return switch (e.type()) {
            case UPDATE, STATUS_UPDATE -> content.status(e.id(), viewer);
            case REMOTE_UPDATE, REMOTE_STATUS_UPDATE -> content.remoteStatus(e.id(), viewer);
            case FEDERATED_UPDATE, FEDERATED_STATUS_UPDATE -> viewer == null
                    ? content.remoteStatus(e.id(), null)
                    : content.federatedStatus(e.id(), viewer);
            default -> Optional.empty();
        };
    }

    /**
     * The payload as {@code accountId} (null for an app-only token) gets it on a stream of {@code
     * kind}; empty when their filters hide it.
     */
    Optional<String> forSubscriber(Long accountId, StreamKind kind) {
        if (status == null || accountId == null) {
            return Optional.of(text);
        }
        boolean personal = kind == StreamKind.USER || kind == StreamKind.LIST;
        boolean federated = event.type() == StreamEvent.Type.FEDERATED_UPDATE
                || event.type() == StreamEvent.Type.FEDERATED_STATUS_UPDATE;
        FilterContext context = personal ? FilterContext.HOME : FilterContext.PUBLIC;
        return judged.computeIfAbsent(accountId + "/" + context, k -> {
            StatusEntity theirs = personal || federated
                    ? seenBy.computeIfAbsent(accountId, a -> statusOf(event, content, a))
                            .orElse(null)
                    : status;
            if (theirs == null) {
                return Optional.empty();
            }
            ActiveFilters active = filters.computeIfAbsent(accountId, content::filters);
            StatusEntity seen = content.judge(active, context, theirs);
            if (seen == null) {
                return Optional.empty();
            }
            return Optional.of(seen == status ? text : StreamFrames.write(seen));
        });
    }
}
