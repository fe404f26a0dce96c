package dev.kakehashi.app;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.InboxTable;
import dev.kakehashi.federation.moderation.BlockHandler;
import dev.kakehashi.federation.moderation.BlockTargetResolver;
import dev.kakehashi.federation.moderation.FlagHandler;
import dev.kakehashi.federation.moderation.MoveHandler;
import dev.kakehashi.federation.moderation.UndoBlockHandler;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.service.BlockService;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.ClusterCaches;
import dev.kakehashi.service.FollowerService;
import dev.kakehashi.service.FollowingService;
import dev.kakehashi.service.ReportService;
import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.ReportRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/** Blocks (admin and incoming), reports and Move: the services for the admin and the inbox rows. */
record ModerationWiring(BlockService blocks, ReportService reports, InboxTable.Moderation inboxHandlers) {

    /** Made first: the fetcher, the inbox and the fan-out all ask it. */
    static Blocklist blocklist(Transactions tx, ClusterCaches caches) {
        return new Blocklist(tx, new BlockRepository(tx), caches);
    }

    static ModerationWiring build(
            Transactions tx,
            Blocklist blocklist,
            FollowerRepository followers,
            FollowerService followerService,
            RemoteActorService remoteActors,
            WebFingerClient webFinger,
            ActorIds ids,
            Clock clock,
            FollowingService following) {
        var reports = new ReportService(tx, new ReportRepository(tx), followers, clock);
        var inboxHandlers = new InboxTable.Moderation(
                new BlockHandler(reports, ids),
                new UndoBlockHandler(reports, ids),
                new FlagHandler(reports, ids),
                new MoveHandler(followerService, remoteActors, blocklist, following));
        BlockService blocks = new BlockService(
                tx,
                new BlockRepository(tx),
                new CommentRepository(tx),
                new DeliveryRepository(tx),
                followers,
                blocklist,
                new BlockTargetResolver(webFinger, remoteActors, ids),
                ids.links(),
                clock);
        return new ModerationWiring(blocks, reports, inboxHandlers);
    }
}
