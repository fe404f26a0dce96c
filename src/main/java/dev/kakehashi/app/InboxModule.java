package dev.kakehashi.app;

import dev.kakehashi.federation.inbox.FollowerRequests;
import dev.kakehashi.federation.inbox.InboxDrainer;
import dev.kakehashi.federation.inbox.InboxFilter;
import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.federation.inbox.InboxTable;
import dev.kakehashi.federation.quote.QuoteAnswerHandler;
import dev.kakehashi.federation.quote.QuoteApprovals;
import dev.kakehashi.federation.quote.QuoteRequestHandler;
import dev.kakehashi.service.FollowerNotifier;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.NotificationRepository;
import jakarta.servlet.ServletContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;

/**
 * The rest of the inbox: the handler table ({@link InboxTable}) from each side's handlers, the
 * inbox's dispatcher, and the filter that stores signed deliveries.
 */
record InboxModule(
        FollowerRepository followerRepo, InboxDrainer dispatcher, ModerationWiring blocking, InboxWiring inbox) {

    static InboxModule build(Core core, FederationBase base, FederationModule federation) throws SchedulerException {
        var tx = core.tx();
        FollowerRepository followerRepo = new FollowerRepository(tx);
        // Each node's dispatcher polls every 2 s: the Quartz safety net of earlier versions goes.
        core.scheduler().deleteJob(JobKey.jobKey("inbox", "federation"));
        InboxWiring inbox = InboxWiring.build(
                tx,
                followerRepo,
                base.remoteActors(),
                base.localActors(),
                ref -> core.site().approvesFollowersManually(),
                federation.kickDelivery(),
                new FollowerNotifier(core.accountRepo(), new NotificationRepository(tx, core.events()::publish)),
                core.clock(),
                federation.deletePosts());
        ModerationWiring blocking = ModerationWiring.build(
                tx,
                base.blocklist(),
                followerRepo,
                inbox.followerService(),
                base.remoteActors(),
                base.webFinger(),
                base.actorIds(),
                core.clock(),
                federation.reader().following());
        InboxHandlers table = InboxTable.build(
                inbox.handlers(),
                federation.reader().answers(),
                federation.notes(),
                federation.reactions().inboxHandlers(inbox.handlers().undoFollow(), federation.reader()),
                blocking.inboxHandlers(),
                quotes(core, base, federation),
                FeaturedWiring.build(core, base));
        // Started by Wiring once everything is built, and stopped with it.
        InboxDrainer dispatcher =
                new InboxDrainer(inbox.processor(table, base.blocklist()::blocksActor), InboxDrainer.POLL);
        return new InboxModule(followerRepo, dispatcher, blocking, inbox);
    }

    /**
     * Quote posts: requests to quote our posts are answered; our authors' quotes of posts from
     * elsewhere are asked for when published, and approved or refused by the answers.
     */
    private static InboxTable.Quotes quotes(Core core, FederationBase base, FederationModule federation) {
        var quotes = federation.quotes();
        QuoteRequestHandler asking = new QuoteRequestHandler(
                new QuoteApprovals(federation.reactions().localPosts(), quotes, base.remoteActors(), base.actorIds()));
        return new InboxTable.Quotes(
                asking,
                QuoteAnswerHandler.accept(quotes, base.fetcher()),
                QuoteAnswerHandler.reject(quotes),
                quotes::sentType);
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
                        inbox.store(dispatcher::kick),
                        base.blocklist(),
                        core.settings().baseUrl().getScheme()));
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(null, true, "/*");
    }
}
