package dev.kakehashi.app;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.reader.AnnouncedObjects;
import dev.kakehashi.federation.reader.FollowingOutbox;
import dev.kakehashi.federation.reader.MoveProtocol;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.federation.reader.ReactionOutbox;
import dev.kakehashi.federation.reader.ReaderConsumer;
import dev.kakehashi.federation.reader.RemoteTargets;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.FollowingAnswerService;
import dev.kakehashi.service.FollowingService;
import dev.kakehashi.service.MoveOutService;
import dev.kakehashi.service.OutboxService;
import dev.kakehashi.service.ReaderReactionService;
import dev.kakehashi.service.RemoteBoostService;
import dev.kakehashi.service.RemotePostNotifier;
import dev.kakehashi.service.RemotePostService;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/**
 * The reader side: authors following remote accounts and liking or boosting their posts, the
 * services the inbox handlers of their answers (Accept/Reject of our follows) and boosts call, and
 * the consumer of their posts (Create/Update/Delete).
 *
 * @param answers Accept and Reject of our follows
 * @param announced the posts elsewhere that boosts name
 * @param consumer takes posts of followed accounts; Wiring adds it to the note consumers
 * @param reactions the author's likes and boosts of posts in the reader
 */
record ReaderWiring(
        FollowingService following,
        FollowingAnswerService answers,
        ReaderConsumer consumer,
        ReaderReactionService reactions,
        AnnouncedObjects announced,
        RemoteBoostService boostService,
        MoveOutService moveOut) {
    static ReaderWiring build(
            Transactions tx,
            WebFingerClient webFinger,
            RemoteActorService remoteActors,
            ActorIds actorIds,
            HtmlSanitizer sanitizer,
            RemoteFetcher fetcher,
            Runnable kickDelivery,
            EventBus events,
            AccountRepository accounts,
            SiteService site,
            Clock clock) {
        var followingRepo = new FollowingRepository(tx);
        var outbox = new OutboxService(tx, new OutboxRepository(tx), kickDelivery, clock);
        var remotePostRepo = new RemotePostRepository(tx);
        var boostRepo = new RemoteBoostRepository(tx);
        FollowingService following = new FollowingService(
                tx,
                followingRepo,
                remotePostRepo,
                boostRepo,
                new RemoteActorRepository(tx),
                new RemoteTargets(webFinger, remoteActors, actorIds),
                new FollowingOutbox(outbox, actorIds),
                kickDelivery,
                site,
                clock);
        ObjectToRemotePost toRemotePost = new ObjectToRemotePost(sanitizer);
        var answers = new FollowingAnswerService(tx, followingRepo);
        ReaderConsumer consumer = new ReaderConsumer(remotePosts(tx, events, clock), toRemotePost, actorIds);
        ReaderReactionService reactions = new ReaderReactionService(
                tx,
                new OutboundReactionRepository(tx),
                remotePostRepo,
                new CommentRepository(tx),
                new RemoteActorRepository(tx),
                new ReactionOutbox(outbox, actorIds),
                kickDelivery,
                clock);
        RemoteBoostService boostService =
                new RemoteBoostService(tx, followingRepo, remotePostRepo, boostRepo, events, clock);
        MoveOutService moveOut = new MoveOutService(
                tx,
                accounts,
                new RemoteActorRepository(tx),
                site,
                new MoveProtocol(webFinger, remoteActors, actorIds),
                outbox,
                events,
                clock);
        return new ReaderWiring(
                following,
                answers,
                consumer,
                reactions,
                new AnnouncedObjects(fetcher, toRemotePost),
                boostService,
                moveOut);
    }

    /** The posts from elsewhere the reader keeps, as received and as search finds them. */
    static RemotePostService remotePosts(Transactions tx, EventBus events, Clock clock) {
        var following = new FollowingRepository(tx);
        return new RemotePostService(
                tx,
                following,
                new RemotePostRepository(tx),
                new RemoteMediaRepository(tx),
                events,
                new RemotePostNotifier(
                        new OutboundReactionRepository(tx), following, new NotificationRepository(tx, events::publish)),
                clock);
    }
}
