package dev.kakehashi.app;

import dev.kakehashi.app.jobs.JobRegistry;
import dev.kakehashi.app.jobs.Jobs;
import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.service.ClusterCaches;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettingsCache;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.content.MarkdownRenderer;
import dev.kakehashi.service.plugin.PluginLoader;
import dev.kakehashi.service.plugin.PluginRegistry;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.SiteSettingRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.stream.LocalStreamBus;
import dev.kakehashi.store.stream.PgStreamBus;
import dev.kakehashi.store.stream.StreamBus;
import dev.kakehashi.web.theme.ThemeCatalog;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.util.Optional;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * The core every module builds on: settings, the database and its transactions, the clock, links,
 * the event bus, the shared repositories, site settings, themes, plugins, the job scheduler and the
 * bus between nodes (both built here, started last by {@link Wiring}).
 */
record Core(
        Settings settings,
        ServletContext ctx,
        Database db,
        Optional<Metrics> metrics,
        Clock clock,
        Links links,
        Transactions tx,
        AccountRepository accountRepo,
        PostRepository postRepo,
        MediaRepository mediaRepo,
        SessionRepository sessionRepo,
        ThemeCatalog themes,
        EventBus events,
        StreamBus bus,
        ClusterCaches caches,
        SiteSettingsCache settingCache,
        SiteService site,
        PluginRegistry plugins,
        JobRegistry jobs,
        Scheduler scheduler,
        HtmlSanitizer sanitizer,
        MarkdownRenderer markdown) {

    /** Builds the core; the scheduler comes last, so a failure before it leaves none to stop. */
    static Core open(Settings settings, ServletContext ctx, Database db, Optional<Metrics> metrics)
            throws SchedulerException {
        return open(settings, ctx, db, metrics, Clock.systemUTC());
    }

    /** The same on a clock of the caller's: component tests move it forward. */
    static Core open(Settings settings, ServletContext ctx, Database db, Optional<Metrics> metrics, Clock clock)
            throws SchedulerException {
        Links links = new Links(settings.baseUrl());
        Transactions tx = new Transactions(db.sessionFactory(), db.tableWrites(), db::dropPooledConnections);
        var accountRepo = new AccountRepository(tx);
        var postRepo = new PostRepository(tx);
        var mediaRepo = new MediaRepository(tx);
        var sessionRepo = new SessionRepository(tx);
        var settingRepo = new SiteSettingRepository(tx);

        ThemeCatalog themes = new ThemeCatalog(ctx, settings.dataDir().resolve("themes"));
        // The event bus before the settings cache, which subscribes to it.
        EventBus events = new EventBus();
        // PostgreSQL LISTEN/NOTIFY between the nodes of a cluster; it listens once started.
        Settings.Database database = settings.database();
        StreamBus bus = database.isPostgres()
                ? PgStreamBus.open(db.dataSource(), database.url(), database.user(), database.password())
                : new LocalStreamBus();
        ClusterCaches caches = new ClusterCaches(bus);
        SiteSettingsCache settingCache = new SiteSettingsCache(tx, settingRepo, events, caches);
        SiteService site = new SiteService(tx, settingCache, themes::exists);
        PluginRegistry plugins = new PluginRegistry(() -> site.current().disabledPlugins(), site::pluginSettings);
        PluginLoader.load(
                plugins, Core.class.getClassLoader(), settings.dataDir().resolve("plugins"));
        events.subscribe(DomainEvent.class, plugins::dispatch);

        HtmlSanitizer sanitizer = new HtmlSanitizer(links.base());
        MarkdownRenderer markdown = new MarkdownRenderer(plugins, sanitizer);
        JobRegistry jobs = new JobRegistry();
        Scheduler scheduler = Jobs.start(db.dataSource(), db.isPostgres(), settings.nodeId(), jobs);
        return new Core(
                settings,
                ctx,
                db,
                metrics,
                clock,
                links,
                tx,
                accountRepo,
                postRepo,
                mediaRepo,
                sessionRepo,
                themes,
                events,
                bus,
                caches,
                settingCache,
                site,
                plugins,
                jobs,
                scheduler,
                sanitizer,
                markdown);
    }

    /** Whether the blog is served over HTTPS (cookies are then marked Secure). */
    boolean https() {
        return settings.baseUrl().getScheme().equals("https");
    }
}
