package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.domain.event.ConversationUpdated;
import dev.kakehashi.domain.event.FiltersChanged;
import dev.kakehashi.domain.event.NotificationCreated;
import dev.kakehashi.domain.event.PostDeleted;
import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.domain.event.PostUpdated;
import dev.kakehashi.domain.event.RemoteStatusChanged;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.stream.StreamBus;
import dev.kakehashi.store.stream.StreamEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns committed domain events into {@link StreamEvent}s on the {@link StreamBus}: a post published,
 * edited or deleted, an author notified. Each carries the post's id and the facts that decide who
 * may hear it (author, visibility, tags, media), never the post itself. A remote post or boost goes
 * as one event per author whose home shows it ({@link HomeAudience}), and a public remote post (not a
 * boost) as one more for the federated streams, as the public timeline shows it to signed-in apps; a
 * conversation's news and a change of filters go to their author alone.
 */
public final class StreamEvents {
    private static final Logger log = LoggerFactory.getLogger(StreamEvents.class);

    private final Transactions tx;
    private final PostRepository posts;
    private final HomeAudience audience;
    private final RemotePostRepository remotePosts;
    private final RemoteMediaRepository remoteMedia;
    private final StreamBus bus;

    public StreamEvents(
            Transactions tx,
            PostRepository posts,
            HomeAudience audience,
            RemotePostRepository remotePosts,
            RemoteMediaRepository remoteMedia,
            StreamBus bus) {
        this.tx = tx;
        this.posts = posts;
        this.audience = audience;
        this.remotePosts = remotePosts;
        this.remoteMedia = remoteMedia;
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
        // In the transaction: a status about to go is still in the homes that showed it.
        events.subscribeInTransaction(RemoteStatusChanged.class, this::remote);
        events.subscribe(
                ConversationUpdated.class,
                e -> bus.publish(
                        StreamEvent.forAccount(StreamEvent.Type.CONVERSATION, e.conversationId(), e.accountId())));
        events.subscribe(
                FiltersChanged.class,
                e -> bus.publish(StreamEvent.forAccount(StreamEvent.Type.FILTERS_CHANGED, 0, e.accountId())));
    }

    /**
     * Finds who hears of a remote status now, and tells them once the change is committed; a post
     * that goes takes its boosts with it (they leave home too).
     */
    private void remote(RemoteStatusChanged e) {
        StreamEvent.Type type =
                switch (e.change()) {
                    case ARRIVED -> StreamEvent.Type.REMOTE_UPDATE;
                    case EDITED -> StreamEvent.Type.REMOTE_STATUS_UPDATE;
                    case REMOVED -> StreamEvent.Type.REMOTE_DELETE;
                };
        List<StreamEvent> out = new ArrayList<>();
        try {
            List<Long> ids = new ArrayList<>(List.of(e.statusId()));
            if (e.change() == RemoteStatusChanged.Change.REMOVED) {
                ids.addAll(audience.boostsOf(e.statusId()));
            }
            for (long id : ids) {
                audience.of(id).forEach(a -> out.add(StreamEvent.forAccount(type, id, a)));
            }
            federated(e).ifPresent(out::add);
        } catch (RuntimeException failure) {
            // Streaming is a courtesy: it must never undo the change it reports.
            log.warn("Could not find who streams {}: {}", e, failure.getMessage());
            return;
        }
        tx.afterCommit(() -> out.forEach(bus::publish));
    }

    /** The federated streams' event for a live public post from elsewhere; none for a boost or the others. */
    private Optional<StreamEvent> federated(RemoteStatusChanged e) {
        StreamEvent.Type type =
                switch (e.change()) {
                    case ARRIVED -> StreamEvent.Type.FEDERATED_UPDATE;
                    case EDITED -> StreamEvent.Type.FEDERATED_STATUS_UPDATE;
                    case REMOVED -> StreamEvent.Type.FEDERATED_DELETE;
                };
        return tx.call(() -> remotePosts
                .byId(e.statusId())
                .filter(p -> p.deletedAt() == null && p.visibility() == Visibility.PUBLIC)
                .map(p -> StreamEvent.federated(
                        type, p.id(), !remoteMedia.of(p.id()).isEmpty())));
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
