package dev.kakehashi.app;

import dev.kakehashi.federation.inbox.FollowerRequests;
import dev.kakehashi.federation.inbox.InboxDrainer;
import dev.kakehashi.federation.inbox.InboxFilter;
import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.inbox.table.InboxServices;
import dev.kakehashi.federation.inbox.table.InboxTable;
import dev.kakehashi.service.FollowerNotifier;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.NotificationRepository;
import jakarta.servlet.ServletContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;

/**
 * The rest of the inbox: the follower side and moderation, the services every inbox handler is
 * built from ({@link InboxServices}, made once here), the handler table ({@link InboxTable}), the
 * inbox's drainer, and the filter that stores signed deliveries.
 */
record InboxModule(
        FollowerRepository followerRepo,
        InboxDrainer drainer,
        ModerationWiring blocking,
        InboxWiring inbox,
        InboxHandlers table) {

    static InboxModule build(Core core, FederationBase base, FederationModule federation) throws SchedulerException {
        var tx = core.tx();
        FollowerRepository followerRepo = new FollowerRepository(tx);
        // Each node's drainer polls every 2 s: the Quartz safety net of earlier versions goes.
        core.scheduler().deleteJob(JobKey.jobKey("inbox", "federation"));
        InboxWiring inbox = InboxWiring.build(
                tx,
                followerRepo,
                base.remoteActors(),
                base.localActors(),
                federation.kickDelivery(),
                new FollowerNotifier(core.accountRepo(), new NotificationRepository(tx, core.events()::publish)),
                core.clock());
        ModerationWiring blocking = ModerationWiring.build(
                tx,
                base.blocklist(),
                followerRepo,
                base.remoteActors(),
                base.webFinger(),
                base.actorIds(),
                core.clock());
        InboxHandlers table =
                InboxTable.build(services(core, base, federation, inbox, blocking, FeaturedWiring.build(core, base)));
        // Started by Wiring once everything is built, and stopped with it.
        InboxDrainer drainer =
                new InboxDrainer(inbox.processor(table, base.blocklist()::blocksActor), InboxDrainer.POLL);
        return new InboxModule(followerRepo, drainer, blocking, inbox, table);
    }

    /** What the inbox handlers are made from: each area's services, built once. */
    private static InboxServices services(
            Core core,
            FederationBase base,
            FederationModule federation,
            InboxWiring inbox,
            ModerationWiring blocking,
            FeaturedWiring featured) {
        var reader = federation.reader();
        var reactions = federation.reactions();
        return new InboxServices(
                base.actorIds(),
                base.remoteActors(),
                base.fetcher(),
                base.localActors(),
                ref -> core.site().approvesFollowersManually(),
                base.blocklist(),
                inbox.followerService(),
                reader.following(),
                reader.answers(),
                reactions.service(),
                reactions.localPosts(),
                reader.boostService(),
                reader.announced(),
                blocking.reports(),
                federation.quotes(),
                featured.pins(),
                featured.posts(),
                federation.notes());
    }

    /** Follow requests as the admin answers them. */
    FollowerRequests followRequests() {
        return new FollowerRequests(inbox.followerService());
    }

    /** Before Jersey: the inbox needs the raw bytes to check the signature's digest. */
    void installFilter(ServletContext ctx, Core core, FederationBase base) {
        var filter = ctx.addFilter(
                "inbox",
                new InboxFilter(
                        inbox.verifier(base.remoteActors()),
                        inbox.store(drainer::kick),
                        base.blocklist(),
                        core.settings().baseUrl().getScheme()));
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(null, true, "/*");
    }
}
