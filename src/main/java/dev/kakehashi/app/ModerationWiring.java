package dev.kakehashi.app;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.moderation.BlockTargetResolver;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.service.BlockService;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.ClusterCaches;
import dev.kakehashi.service.ReportService;
import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.ReportRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/** Blocks (admin and incoming) and reports: the services the admin and the inbox handlers call. */
record ModerationWiring(BlockService blocks, ReportService reports) {

    /** Made first: the fetcher, the inbox and the fan-out all ask it. */
    static Blocklist blocklist(Transactions tx, ClusterCaches caches) {
        return new Blocklist(tx, new BlockRepository(tx), caches);
    }

    static ModerationWiring build(
            Transactions tx,
            Blocklist blocklist,
            FollowerRepository followers,
            RemoteActorService remoteActors,
            WebFingerClient webFinger,
            ActorIds ids,
            Clock clock) {
        var reports = new ReportService(tx, new ReportRepository(tx), followers, clock);
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
        return new ModerationWiring(blocks, reports);
    }
}
