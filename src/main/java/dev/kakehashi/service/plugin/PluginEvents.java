package dev.kakehashi.service.plugin;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.event.AccountCreated;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.domain.event.CommentModerated;
import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.domain.event.PostDeleted;
import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.domain.event.PostUpdated;
import dev.kakehashi.plugin.PluginEvent;

/** Domain events as the plugin SPI shows them: one direction, so the SPI never names a domain type. */
final class PluginEvents {
    private PluginEvents() {}

    /**
     * The plugin's view of {@code event}, or null for events that stay inside Kakehashi (settings
     * changes, password changes).
     */
    static PluginEvent of(DomainEvent event) {
        // Java 17: no pattern switch yet.
        if (event instanceof PostPublished e) {
            return new PluginEvent.PostPublished(e.postId(), e.authorId());
        }
        if (event instanceof PostUpdated e) {
            return new PluginEvent.PostUpdated(e.postId(), e.authorId());
        }
        if (event instanceof PostDeleted e) {
            return new PluginEvent.PostDeleted(e.postId(), e.authorId(), e.wasPublished());
        }
        if (event instanceof AccountCreated e) {
            return new PluginEvent.AccountCreated(e.accountId(), e.username());
        }
        if (event instanceof CommentAdded e) {
            return new PluginEvent.CommentAdded(
                    e.commentId(), e.postId(), e.actorUri(), state(e.status()), e.fromLocalAuthor());
        }
        if (event instanceof CommentModerated e) {
            return new PluginEvent.CommentModerated(
                    e.commentId(), e.postId(), e.actorUri(), state(e.from()), state(e.to()), e.deleted());
        }
        return null;
    }

    private static PluginEvent.CommentState state(CommentStatus status) {
        return status == null ? null : PluginEvent.CommentState.valueOf(status.name());
    }
}
