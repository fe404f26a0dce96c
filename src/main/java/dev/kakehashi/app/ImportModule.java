package dev.kakehashi.app;

import dev.kakehashi.admin.ImportAdminResource;
import dev.kakehashi.app.jobs.QuartzPostScheduler;
import dev.kakehashi.app.jobs.WordPressImportJob;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.wordpress.WordPressImportService;
import dev.kakehashi.service.wordpress.WpImporters;
import dev.kakehashi.service.wordpress.WpOldUrls;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.WpImportRepository;
import dev.kakehashi.web.OldQueryUrlFilter;
import dev.kakehashi.web.OldUrlResource;
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
                core.clock());
        WordPressImportService imports = new WordPressImportService(
                tx,
                map,
                core.accountRepo(),
                importers,
                core.settings().dataDir().resolve("imports"),
                core.settings().importPace().batch(),
                core.clock());
        core.jobs()
                .register(
                        WordPressImportJob.class,
                        () -> new WordPressImportJob(
                                imports, core.settings().importPace().budget()));
        WordPressImportJob.schedule(core.scheduler());
        WpOldUrls old = new WpOldUrls(tx, map, core.postRepo(), core.accountRepo(), core.links());
        api.register(new ImportAdminResource(imports, renderers.adminPages()))
                .register(new OldUrlResource(old))
                .register(new OldQueryUrlFilter(old, accountId -> base.actorIds()
                        .actor(accountId == 0 ? ActorRef.BLOG : ActorRef.author(accountId))));
    }
}
