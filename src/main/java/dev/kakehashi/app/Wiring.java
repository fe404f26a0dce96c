package dev.kakehashi.app;

import dev.kakehashi.app.jobs.DueJobsNow;
import dev.kakehashi.federation.delivery.DeliveryDrainer;
import dev.kakehashi.federation.inbox.InboxDrainer;
import dev.kakehashi.service.Passwords;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the {@link Core}, then one module per surface, each building its own
 * services and installing its resources, inbox handlers and jobs; closed in reverse.
 */
final class Wiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Wiring.class);

    private final Database db;
    private final Scheduler scheduler;
    private final Optional<Metrics> metrics;
    private final DeliveryWiring.Parts delivery;
    private final StreamingWiring streaming;
    private final InboxDrainer inbox;
    private final AfterStart afterStart;

    private Wiring(
            Database db,
            Scheduler scheduler,
            Optional<Metrics> metrics,
            DeliveryWiring.Parts delivery,
            StreamingWiring streaming,
            InboxDrainer inbox,
            AfterStart afterStart) {
        this.db = db;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.delivery = delivery;
        this.streaming = streaming;
        this.inbox = inbox;
        this.afterStart = afterStart;
    }

    /** What {@link #install} started and {@link #close} stops. */
    private record Installed(DeliveryWiring.Parts delivery, StreamingWiring streaming, InboxDrainer inbox) {}

    static Wiring start(Settings settings, ServletContext ctx) {
        Database db = Database.open(settings.database());
        Scheduler scheduler = null;
        Optional<Metrics> metrics = Optional.empty();
        try {
            H2Move.runIfAsked(settings, db);
            ImageIoPlugins.register();
            StaleUploadFiles.removeFromTomcatTemp();
            metrics = settings.metricsToken().map(token -> Metrics.start(db.dataSource(), settings.nodeId()));
            long opened = System.nanoTime();
            Core core = Core.open(settings, ctx, db, metrics);
            scheduler = core.scheduler();
            long cored = System.nanoTime();
            Installed installed = install(core);
            log.info(
                    "Wired: core (settings, plugins, Quartz) {} ms, modules {} ms",
                    (cored - opened) / 1_000_000,
                    (System.nanoTime() - cored) / 1_000_000);
            try {
                scheduler.start();
            } catch (SchedulerException | RuntimeException e) {
                installed.streaming().close();
                throw e;
            }
            installed.inbox().start();
            installed.delivery().drainer().start();
            // After the jobs, the inbox, then what either queued (an Accept, a scheduled post's Create).
            InboxDrainer inbox = installed.inbox();
            DeliveryDrainer delivery = installed.delivery().drainer();
            ctx.setAttribute(DueJobsNow.ATTRIBUTE, new DueJobsNow(scheduler, () -> {
                inbox.drainNow();
                delivery.drainNow();
            }));
            AfterStart afterStart =
                    AfterStart.run(List.of(new AfterStart.Step("the password hash's warm-up", Passwords::warmUp)));
            return new Wiring(
                    db, scheduler, metrics, installed.delivery(), installed.streaming(), installed.inbox(), afterStart);
        } catch (SchedulerException e) {
            closeQuietly(scheduler);
            metrics.ifPresent(Metrics::close);
            ImageIoPlugins.deregister();
            db.close();
            throw new IllegalStateException("The job scheduler cannot start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(scheduler);
            metrics.ifPresent(Metrics::close);
            ImageIoPlugins.deregister();
            db.close();
            throw e;
        }
    }

    /** Builds the modules in the order their subscriptions and registrations must run. */
    private static Installed install(Core core) throws SchedulerException {
        FederationBase base = FederationBase.build(core);
        BlogModule blog = BlogModule.build(core, base.mentions());
        FederationModule federation = FederationModule.build(core, base);
        blog.ensureFirstAdmin(core.settings());
        JobsModule.install(core, blog);
        Renderers renderers = Renderers.build(core, blog, federation);
        InboxModule inbox = InboxModule.build(core, base, federation);
        AnswerWiring answers = AnswerWiring.build(core, base, renderers.adminPages(), federation.kickDelivery());
        SignInModule signIn = SignInModule.build(core);
        MastodonModule mastodon = MastodonModule.build(core, blog, signIn);

        ResourceConfig api = HttpModule.jersey(core, blog, renderers);
        WebModule.register(api, core, base, blog, federation, renderers);
        new AdminModule(core, base, blog, federation, inbox, signIn, renderers, answers).register(api);
        ActivityPubModule.register(api, core, base, federation, inbox, answers);
        signIn.signIn().register(api, core.site(), renderers.adminPages(), core.https());
        var streamContent =
                mastodon.register(api, renderers, MastodonFederated.build(core, base, federation, inbox, answers));
        ImportModule.install(api, core, base, blog, renderers);
        ExportModule.install(api, core, renderers);
        // Anonymous pages kept whole. This node's changes empty it at once, once; through the cluster
        // bus every other node's copy goes too (the bus does not echo a notice to its sender).
        PageCache pageCache = PageCache.listeningTo(core.events(), core.db().tableWrites());
        core.caches().register(PageCache.CACHE_NAME, pageCache::invalidateAll);
        core.db().tableWrites().subscribe(() -> core.caches().changed(PageCache.CACHE_NAME));
        HttpModule.installFilters(core.ctx(), core, api, pageCache);
        mastodon.installFilters(core.ctx());
        // Before Jersey: the inbox needs the raw bytes to check the signature's digest.
        inbox.installFilter(core.ctx(), core, base);
        HttpModule.installServlets(core.ctx(), core, blog, api);
        // Last: it starts the bus's listener thread, which nothing after it could leave running.
        StreamingWiring streaming = StreamingWiring.install(core, mastodon.grants(), streamContent);
        return new Installed(federation.delivery(), streaming, inbox.drainer());
    }

    private static void closeQuietly(Scheduler scheduler) {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                log.warn("Scheduler did not shut down cleanly", e);
            }
        }
    }

    @Override
    public void close() {
        afterStart.close();
        // First the senders, so the delivery under way ends and releases what it claimed.
        delivery.drainer().close();
        inbox.close();
        streaming.close();
        closeQuietly(scheduler);
        metrics.ifPresent(Metrics::close);
        ImageIoPlugins.deregister();
        db.close();
    }
}
