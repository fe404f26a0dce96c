package dev.kakehashi.app;

import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.inbox.FollowerAnswers;
import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.inbox.InboxProcessor;
import dev.kakehashi.federation.inbox.InboxRows;
import dev.kakehashi.federation.inbox.InboxStore;
import dev.kakehashi.federation.inbox.RemoteActorKeys;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.signature.SignatureVerifier;
import dev.kakehashi.service.FollowerNotifier;
import dev.kakehashi.service.FollowerService;
import dev.kakehashi.service.OutboxService;
import dev.kakehashi.service.queue.InboxQueue;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.InboxRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.function.Predicate;

/** The inbox's parts: the follower side's service, the processor, the store. */
record InboxWiring(Transactions tx, InboxRepository rows, FollowerService followerService, Clock clock) {

    static InboxWiring build(
            Transactions tx,
            FollowerRepository followers,
            RemoteActorService remoteActors,
            LocalActors localActors,
            Runnable kickDelivery,
            FollowerNotifier followNotifier,
            Clock clock) {
        var followerService = new FollowerService(
                tx,
                followers,
                new FollowerAnswers(
                        new OutboxService(tx, new OutboxRepository(tx), kickDelivery, clock), localActors.ids()),
                remoteActors::markGone,
                kickDelivery,
                followNotifier,
                clock);
        return new InboxWiring(tx, new InboxRepository(tx), followerService, clock);
    }

    /**
     * How many inbox rows one node handles at once (never two of one actor): handling waits mostly
     * on the database, and four lanes leave most of the pool (10 on H2, 20 on PostgreSQL) to requests.
     */
    static final int INBOX_LANES = 4;

    /** @param blockedActor rows of actors blocked since they were stored are rejected unhandled */
    InboxProcessor processor(InboxHandlers table, Predicate<String> blockedActor) {
        return new InboxProcessor(new InboxQueue(tx, rows, clock), table, blockedActor, INBOX_LANES);
    }

    SignatureVerifier verifier(RemoteActorService remoteActors) {
        return new SignatureVerifier(new RemoteActorKeys(remoteActors, clock), clock);
    }

    InboxStore store(Runnable kickProcessing) {
        return new InboxRows(rows, kickProcessing, clock);
    }
}
