package dev.kakehashi.app;

import dev.kakehashi.admin.ImportAdminResource;
import dev.kakehashi.app.jobs.QuartzPostScheduler;
import dev.kakehashi.app.jobs.WordPressImportJob;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.PacedFileFetcher;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.service.wordpress.OldSiteFiles;
import dev.kakehashi.service.wordpress.WordPressImportService;
import dev.kakehashi.service.wordpress.WpImporters;
import dev.kakehashi.service.wordpress.WpOldUrls;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.SitePageRepository;
import dev.kakehashi.store.WpImportRepository;
import dev.kakehashi.store.WpUploadRepository;
import dev.kakehashi.web.OldQueryUrlFilter;
import dev.kakehashi.web.OldUrlResource;
import java.time.Duration;
import org.glassfish.jersey.server.ResourceConfig;
import org.quartz.SchedulerException;

/** Coming from WordPress: the import page, its job, and the old blog's addresses. */
final class ImportModule {
    private ImportModule() {}

    static void install(ResourceConfig api, Core core, FederationBase base, BlogModule blog, Renderers renderers)
            throws SchedulerException {
        var tx = core.tx();
        WpImportRepository map = new WpImportRepository(tx);
        WpImporters importers = WpImporters.of(
                tx,
                core.accountRepo(),
                core.postRepo(),
                new CommentRepository(tx),
                map,
                core.sanitizer(),
                blog.rendering(),
                new QuartzPostScheduler(core.scheduler()),
                core.events(),
                blog.media(),
                oldSiteFiles(core, base),
                blog.sitePages(),
                core.clock());
        WordPressImportService imports = new WordPressImportService(
                tx,
                map,
                core.accountRepo(),
                importers,
                core.settings().dataDir().resolve("imports"),
                core.settings().importPace().batch(),
                // An uploads zip may unpack to four times what an upload may weigh, no more.
                4 * core.settings().importPace().maxUploadBytes(),
                core.clock());
        core.jobs()
                .register(
                        WordPressImportJob.class,
                        () -> new WordPressImportJob(
                                imports, core.settings().importPace().budget()));
        WordPressImportJob.schedule(core.scheduler());
        WpOldUrls old = new WpOldUrls(
                tx,
                map,
                new WpUploadRepository(tx),
                core.postRepo(),
                new SitePageRepository(tx),
                core.accountRepo(),
                core.links());
        api.register(new ImportAdminResource(imports, renderers.adminPages()))
                .register(new OldUrlResource(old))
                .register(new OldQueryUrlFilter(old, accountId -> base.actorIds()
                        .actor(accountId == 0 ? ActorRef.BLOG : ActorRef.author(accountId))));
    }

    /**
     * The old site's images through the same guard as every outgoing request, each up to the largest
     * upload, in at most 30 s, and at most four requests a second to the old site.
     */
    private static OldSiteFiles oldSiteFiles(Core core, FederationBase base) {
        RemoteFetcher fetcher = new RemoteFetcher(
                base.ssrfGuard(),
                base.signer(),
                () -> base.actorKeys().signingKey(ActorRef.INSTANCE),
                core.links().base(),
                new RemoteFetcher.Limits(
                        core.settings().maxUploadBytes(), Duration.ofSeconds(5), Duration.ofSeconds(30)),
                base.blocklist()::blocksHost);
        return new PacedFileFetcher(fetcher, Duration.ofMillis(250));
    }
}
