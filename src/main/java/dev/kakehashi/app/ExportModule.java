package dev.kakehashi.app;

import dev.kakehashi.admin.ExportAdminResource;
import dev.kakehashi.service.FollowsExport;
import dev.kakehashi.service.media.MediaFiles;
import dev.kakehashi.service.wordpress.WordPressExportService;
import dev.kakehashi.service.wordpress.WxrItems;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.SitePageRepository;
import dev.kakehashi.store.WpImportRepository;
import org.glassfish.jersey.server.ResourceConfig;

/** Leaving as easily as coming: Settings → Export (WordPress export, uploads zip, Mastodon CSVs). */
final class ExportModule {
    private ExportModule() {}

    static void install(ResourceConfig api, Core core, Renderers renderers) {
        var tx = core.tx();
        WordPressExportService export = new WordPressExportService(
                tx,
                core.accountRepo(),
                core.postRepo(),
                new SitePageRepository(tx),
                core.mediaRepo(),
                new MediaFiles(core.settings().dataDir().resolve("media")),
                new WxrItems(
                        new CommentRepository(tx), new PinRepository(tx), new WpImportRepository(tx), core.links()),
                core.site(),
                core.links());
        FollowsExport follows = new FollowsExport(
                tx, new FollowerRepository(tx), new FollowingRepository(tx), new RemoteActorRepository(tx));
        api.register(new ExportAdminResource(export, follows, renderers.adminPages()));
    }
}
