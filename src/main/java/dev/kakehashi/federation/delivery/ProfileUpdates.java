package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.event.AccountUpdated;
import dev.kakehashi.domain.event.BlogActorUpdated;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ActorDocument;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.store.OutboxEntry;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * An author's profile change (or the blog actor's move) goes to their followers as an {@code Update} of the actor, its
 * document embedded as it is now (Mastodon refreshes the cached profile from it), queued in the
 * transaction of the change.
 */
public final class ProfileUpdates {
    private final Transactions tx;
    private final OutboxRepository outbox;
    private final ActorIds ids;
    private final Function<ActorRef, ActorDocument> documents;
    private final Runnable kick;
    private final Clock clock;

    /** @param documents the actor's document as peers fetch it; @param kick wakes the delivery drainer */
    public ProfileUpdates(
            Transactions tx,
            OutboxRepository outbox,
            ActorIds ids,
            Function<ActorRef, ActorDocument> documents,
            Runnable kick,
            Clock clock) {
        this.tx = tx;
        this.outbox = outbox;
        this.ids = ids;
        this.documents = documents;
        this.kick = kick;
        this.clock = clock;
    }

    public void subscribe(EventBus events) {
        events.subscribeInTransaction(AccountUpdated.class, e -> updated(ActorRef.author(e.accountId())));
        events.subscribeInTransaction(BlogActorUpdated.class, e -> updated(ActorRef.BLOG));
    }

    private void updated(ActorRef ref) {
        ActorDocument doc = documents.apply(ref);
        Instant now = clock.instant();
        String actor = ids.actor(ref);
        // A fresh id per change: Mastodon ignores an Update whose id it has already seen.
        Activity update = new Activity(
                Contexts.actor(),
                ids.actorUpdate(ref, now),
                ActivityType.UPDATE,
                actor,
                ApJson.date(now),
                List.of(Contexts.PUBLIC),
                List.of(ids.followers(ref)),
                doc.withoutContext());
        outbox.add(OutboxEntry.rendered(ref.key(), ActivityType.UPDATE, actor, ApJson.write(update), now));
        tx.afterCommit(kick);
    }
}
