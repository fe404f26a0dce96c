package dev.kakehashi.app;

import dev.kakehashi.app.jobs.QuartzPostScheduler;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.AdminQueries;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.FeedSubscribers;
import dev.kakehashi.service.GuessLimiter;
import dev.kakehashi.service.PostRendering;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.SitePageService;
import dev.kakehashi.service.content.Hashtags;
import dev.kakehashi.service.content.Mentions;
import dev.kakehashi.service.media.ImageLimits;
import dev.kakehashi.service.media.MediaFiles;
import dev.kakehashi.service.media.MediaProcessing;
import dev.kakehashi.service.media.MediaService;
import dev.kakehashi.store.FeedReaderRepository;
import dev.kakehashi.store.LoginFailureRepository;
import dev.kakehashi.store.PostEditRepository;
import dev.kakehashi.store.SitePageRepository;
import dev.kakehashi.store.SitemapRepository;

/**
 * The blog's own services: accounts and sign-in, posts, media, the queries of the pages, and the
 * feed readers' subscriber counts, and the blog's pages.
 */
record BlogModule(
        AccountService accounts,
        AuthService auth,
        BlogQueries blog,
        AdminQueries adminQueries,
        MediaService media,
        MediaProcessing mediaProcessing,
        PostRendering rendering,
        PostService posts,
        FeedSubscribers feedSubscribers,
        SitePageService sitePages) {

    static BlogModule build(Core core, Mentions mentions) {
        var tx = core.tx();
        var clock = core.clock();
        GuessLimiter guesses = new GuessLimiter(tx, new LoginFailureRepository(tx), clock);
        AccountService accounts = new AccountService(
                tx,
                core.accountRepo(),
                core.mediaRepo(),
                core.sessionRepo(),
                core.site(),
                core.events(),
                guesses,
                clock);
        AuthService auth = new AuthService(tx, core.accountRepo(), core.sessionRepo(), guesses, clock);
        BlogQueries blog = new BlogQueries(tx, core.postRepo(), new SitemapRepository(tx), core.accountRepo());
        AdminQueries adminQueries = new AdminQueries(tx, core.postRepo());
        MediaFiles mediaFiles = new MediaFiles(core.settings().dataDir().resolve("media"));
        MediaService media = new MediaService(
                tx,
                core.mediaRepo(),
                mediaFiles,
                ImageLimits.DEFAULT,
                core.settings().maxUploadBytes(),
                clock);
        MediaProcessing mediaProcessing = new MediaProcessing(
                tx,
                core.mediaRepo(),
                mediaFiles,
                media,
                core.settings().mediaPace().inlineMaxPixels(),
                clock);
        PostRendering rendering = new PostRendering(core.links());
        PostService posts = new PostService(
                tx,
                core.postRepo(),
                core.accountRepo(),
                core.mediaRepo(),
                core.markdown(),
                rendering,
                mentions,
                new Hashtags(core.links()::tag),
                new QuartzPostScheduler(core.scheduler()),
                core.events(),
                clock,
                new PostEditRepository(tx));
        FeedSubscribers feeds = new FeedSubscribers(tx, new FeedReaderRepository(tx), clock);
        SitePageService sitePages =
                new SitePageService(tx, new SitePageRepository(tx), core.markdown(), core.links(), clock);
        return new BlogModule(
                accounts, auth, blog, adminQueries, media, mediaProcessing, rendering, posts, feeds, sitePages);
    }

    /** The first administrator named in the settings, made if the blog has none yet. */
    void ensureFirstAdmin(Settings settings) {
        settings.firstAdmin().ifPresent(a -> accounts.ensureFirstAdmin(a.username(), a.email(), a.password()));
    }
}
