package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.event.PollChanged;
import dev.kakehashi.domain.event.PostDeleted;
import dev.kakehashi.domain.event.PostPinned;
import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.domain.event.PostUpdated;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.store.OutboxEntry;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Queues the activities a post change announces (pins included), in the transaction of the change itself, so what
 * commits is always federated and nothing rolled back ever is. Bodies of Create, Announce and
 * Update are rendered at fan-out time; a Delete's is rendered now, while the post is at hand.
 */
public final class OutboxWriter {
    /** Edits closer together than this go out as one Update with the last text. */
    static final Duration UPDATE_DELAY = Duration.ofSeconds(3);

    private final Transactions tx;
    private final OutboxRepository outbox;
    private final PostRepository posts;
    private final SiteService site;
    private final ActorIds ids;
    private final PostActivities activities;
    private final PollRepository polls;
    private final Runnable kick;
    private final Clock clock;

    /** @param kick wakes the delivery drainer; called after the change commits */
    public OutboxWriter(
            Transactions tx,
            OutboxRepository outbox,
            PostRepository posts,
            SiteService site,
            ActorIds ids,
            Runnable kick,
            Clock clock) {
        this.tx = tx;
        this.outbox = outbox;
        this.posts = posts;
        this.site = site;
        this.ids = ids;
        this.activities = new PostActivities(ids);
        this.polls = new PollRepository(tx);
        this.kick = kick;
        this.clock = clock;
    }

    public void subscribe(EventBus events) {
        events.subscribeInTransaction(PostPublished.class, e -> published(e.postId()));
        events.subscribeInTransaction(PostUpdated.class, e -> updated(e.postId()));
        events.subscribeInTransaction(PollChanged.class, e -> pollChanged(e.postId()));
        events.subscribeInTransaction(PostPinned.class, e -> pinned(e.postId(), e.pinned()));
        events.subscribeInTransaction(PostDeleted.class, e -> {
            if (e.wasPublished()) {
                deleted(e.postId());
            }
        });
    }

    private void published(long postId) {
        Post p = post(postId);
        var mode = site.federation().actorMode();
        ActorRef by = PostToObject.attributedTo(p, mode);
        Instant now = clock.instant();
        outbox.add(OutboxEntry.forPost(by.key(), ActivityType.CREATE, ids.create(postId), postId, now));
        // Followers-only and direct posts are never boosted, not even by the blog (A7.6).
        if (mode.blog() && mode.authors() && p.visibility().readableByAnyone()) {
            outbox.add(
                    OutboxEntry.forPost(ActorRef.BLOG.key(), ActivityType.ANNOUNCE, ids.announce(postId), postId, now));
        }
        tx.afterCommit(kick);
    }

    private void updated(long postId) {
        Post p = post(postId);
        ActorRef by = PostToObject.attributedTo(p, site.federation().actorMode());
        Instant now = clock.instant();
        Instant after = now.plus(UPDATE_DELAY);
        outbox.add(OutboxEntry.forPost(by.key(), ActivityType.UPDATE, ids.post(postId), postId, now)
                .after(after));
        // The job runs every few seconds anyway; the kick is for the fan-out of what is due.
    }

    /** New counts, or the close, of a post's poll: rendered now, with a fresh id, for at once. */
    private void pollChanged(long postId) {
        Post p = post(postId);
        var federation = site.federation();
        ActorRef by = PostToObject.attributedTo(p, federation.actorMode());
        Instant now = clock.instant();
        var poll = polls.ofPosts(java.util.List.of(postId)).get(postId);
        String body = ApJson.write(
                activities.pollUpdate(p, poll, federation, site.current().language(), now));
        outbox.add(OutboxEntry.forPost(by.key(), ActivityType.UPDATE, ids.post(postId), postId, now)
                .withBody(body));
        tx.afterCommit(kick);
    }

    private void deleted(long postId) {
        Post p = post(postId);
        ActorRef by = PostToObject.attributedTo(p, site.federation().actorMode());
        Instant now = clock.instant();
        String body = ApJson.write(activities.delete(p, by));
        outbox.add(OutboxEntry.forPost(by.key(), ActivityType.DELETE, ids.post(postId), postId, now)
                .withBody(body));
        tx.afterCommit(kick);
    }

    /** Only public and unlisted posts are in the featured collection, so only theirs are announced. */
    private void pinned(long postId, boolean pinned) {
        Post p = post(postId);
        if (!p.visibility().readableByAnyone()) {
            return;
        }
        ActorRef by = PostToObject.attributedTo(p, site.federation().actorMode());
        Instant now = clock.instant();
        String body = ApJson.write(activities.pin(p, by, pinned, now));
        outbox.add(OutboxEntry.forPost(
                        by.key(), pinned ? ActivityType.ADD : ActivityType.REMOVE, ids.post(postId), postId, now)
                .withBody(body));
        tx.afterCommit(kick);
    }

    private Post post(long postId) {
        return posts.byId(postId).orElseThrow(() -> new IllegalStateException("No post " + postId));
    }
}
