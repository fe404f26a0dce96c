package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.event.NotificationCreated;
import dev.kakehashi.domain.event.PostDeleted;
import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.domain.event.PostUpdated;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.stream.StreamBus;
import dev.kakehashi.store.stream.StreamEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns committed domain events into {@link StreamEvent}s on the {@link StreamBus}: a post published,
 * edited or deleted, an author notified. Each carries the post's id and the facts that decide who
 * may hear it (author, visibility, tags, media), never the post itself.
 */
public final class StreamEvents {
    private final Transactions tx;
    private final PostRepository posts;
    private final StreamBus bus;

    public StreamEvents(Transactions tx, PostRepository posts, StreamBus bus) {
        this.tx = tx;
        this.posts = posts;
        this.bus = bus;
    }

    /** Subscribes to the events that streaming clients hear about. */
    public void subscribeTo(EventBus events) {
        events.subscribe(PostPublished.class, e -> post(StreamEvent.Type.UPDATE, e.postId()));
        events.subscribe(PostUpdated.class, e -> post(StreamEvent.Type.STATUS_UPDATE, e.postId()));
        events.subscribe(PostDeleted.class, e -> {
            if (e.wasPublished()) {
                post(StreamEvent.Type.DELETE, e.postId());
            }
        });
        events.subscribe(
                NotificationCreated.class,
                e -> bus.publish(StreamEvent.notification(e.notificationId(), e.accountId())));
    }

    private void post(StreamEvent.Type type, long postId) {
        facts(type, postId).ifPresent(bus::publish);
    }

    /** The event for a post, from its stored row (a deleted post keeps its visibility and tags). */
    Optional<StreamEvent> facts(StreamEvent.Type type, long postId) {
        return tx.call(() -> posts.byId(postId).map(p -> of(type, p)));
    }

    static StreamEvent of(StreamEvent.Type type, Post p) {
        List<String> tags =
                p.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().toList();
        return new StreamEvent(
                type,
                p.id(),
                p.author().id(),
                p.visibility().wireName(),
                tags,
                !p.attachments().isEmpty());
    }
}
