package dev.kakehashi.app;

import dev.kakehashi.admin.AdminGuard;
import dev.kakehashi.admin.AdminRenderer;
import dev.kakehashi.admin.AuthorsAdminResource;
import dev.kakehashi.admin.BlocksAdminResource;
import dev.kakehashi.admin.CommentSettingsAdminResource;
import dev.kakehashi.admin.CommentsAdminResource;
import dev.kakehashi.admin.DashboardResource;
import dev.kakehashi.admin.EmailPreferencesResource;
import dev.kakehashi.admin.FollowersAdminResource;
import dev.kakehashi.admin.FollowingAdminResource;
import dev.kakehashi.admin.LoginResource;
import dev.kakehashi.admin.MediaAdminResource;
import dev.kakehashi.admin.NotificationsAdminResource;
import dev.kakehashi.admin.PluginSettingsAdminResource;
import dev.kakehashi.admin.PostsAdminResource;
import dev.kakehashi.admin.PreviewResource;
import dev.kakehashi.admin.ProfileResource;
import dev.kakehashi.admin.ReportsAdminResource;
import dev.kakehashi.admin.SessionFilter;
import dev.kakehashi.admin.SettingsAdminResource;
import dev.kakehashi.admin.SetupGate;
import dev.kakehashi.admin.SetupResource;
import dev.kakehashi.app.jobs.DueJobsNow;
import dev.kakehashi.app.jobs.InboxJobSchedule;
import dev.kakehashi.app.jobs.JobRegistry;
import dev.kakehashi.app.jobs.Jobs;
import dev.kakehashi.app.jobs.MaintenanceJob;
import dev.kakehashi.app.jobs.PublishScheduledPostJob;
import dev.kakehashi.app.jobs.QuartzPostScheduler;
import dev.kakehashi.federation.actor.ActorCollections;
import dev.kakehashi.federation.actor.ActorKeys;
import dev.kakehashi.federation.actor.ActorResource;
import dev.kakehashi.federation.actor.CollectionsResource;
import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.actor.LocalObjects;
import dev.kakehashi.federation.actor.ObjectResource;
import dev.kakehashi.federation.actor.VaryAcceptFilter;
import dev.kakehashi.federation.comments.RepliesResource;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.DeleteNoteDispatcher;
import dev.kakehashi.federation.inbox.FollowRequests;
import dev.kakehashi.federation.inbox.InboxFilter;
import dev.kakehashi.federation.inbox.InboxJob;
import dev.kakehashi.federation.inbox.NoteConsumers;
import dev.kakehashi.federation.remote.MentionDirectory;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.remote.SsrfGuard;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.federation.remote.WebFingerFollowLinks;
import dev.kakehashi.federation.remote.WebFingerHandles;
import dev.kakehashi.federation.signature.DraftCavageSigner;
import dev.kakehashi.federation.signature.RequestSigner;
import dev.kakehashi.federation.wellknown.AuthorizeInteractionResource;
import dev.kakehashi.federation.wellknown.HostMetaResource;
import dev.kakehashi.federation.wellknown.NodeInfoResource;
import dev.kakehashi.federation.wellknown.NodeInfoUsage;
import dev.kakehashi.federation.wellknown.WebFingerLookup;
import dev.kakehashi.federation.wellknown.WebFingerResource;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.AdminQueries;
import dev.kakehashi.service.AliasService;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.CommentGate;
import dev.kakehashi.service.DeliveryQueries;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.FollowNotifier;
import dev.kakehashi.service.GuessLimiter;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PostRendering;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettingsCache;
import dev.kakehashi.service.comments.CommentModeration;
import dev.kakehashi.service.comments.ModerationGate;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.content.MarkdownRenderer;
import dev.kakehashi.service.content.Mentions;
import dev.kakehashi.service.media.ImageLimits;
import dev.kakehashi.service.media.MediaFiles;
import dev.kakehashi.service.media.MediaService;
import dev.kakehashi.service.plugin.PluginLoader;
import dev.kakehashi.service.plugin.PluginRegistry;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.ActorKeyRepository;
import dev.kakehashi.store.CommentModerationRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.LoginFailureRepository;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.SiteSettingRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.web.ArchiveResource;
import dev.kakehashi.web.AuthorResource;
import dev.kakehashi.web.FeedResource;
import dev.kakehashi.web.FollowResource;
import dev.kakehashi.web.HomeResource;
import dev.kakehashi.web.MediaServlet;
import dev.kakehashi.web.PageRenderer;
import dev.kakehashi.web.PostResource;
import dev.kakehashi.web.SitemapResource;
import dev.kakehashi.web.TagResource;
import dev.kakehashi.web.ThemeStaticServlet;
import dev.kakehashi.web.theme.ThemeCatalog;
import dev.kakehashi.web.theme.ThemeRenderer;
import dev.kakehashi.web.view.PostToView;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.time.Clock;
import java.util.Optional;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything the app is made of, built by hand with constructor injection, and closed in reverse. */
final class Wiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Wiring.class);
    /** The admin's multipart forms have a file, alt text and a token; a few more parts are tolerated. */
    private static final int MAX_MULTIPART_PARTS = 16;

    private final Database db;
    private final Scheduler scheduler;
    private final Optional<Metrics> metrics;
    private final DeliveryWiring.Parts delivery;

    private Wiring(Database db, Scheduler scheduler, Optional<Metrics> metrics, DeliveryWiring.Parts delivery) {
        this.db = db;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.delivery = delivery;
    }

    static Wiring start(Settings settings, ServletContext ctx) {
        Database db = Database.open(settings.database());
        Scheduler scheduler = null;
        Optional<Metrics> metrics = Optional.empty();
        try {
            ImageIoPlugins.register();
            StaleUploadFiles.removeFromTomcatTemp();
            metrics = settings.metricsToken().map(token -> Metrics.start(db.dataSource()));
            Clock clock = Clock.systemUTC();
            Links links = new Links(settings.baseUrl());
            Transactions tx = new Transactions(db.sessionFactory());
            var accountRepo = new AccountRepository(tx);
            var postRepo = new PostRepository(tx);
            var mediaRepo = new MediaRepository(tx);
            var sessionRepo = new SessionRepository(tx);
            var settingRepo = new SiteSettingRepository(tx);

            ThemeCatalog themes = new ThemeCatalog(ctx, settings.dataDir().resolve("themes"));
            EventBus events = new EventBus();
            SiteSettingsCache settingCache = new SiteSettingsCache(tx, settingRepo, events);
            SiteService site = new SiteService(tx, settingCache, themes::exists);
            PluginRegistry plugins = new PluginRegistry(() -> site.current().disabledPlugins(), site::pluginSettings);
            PluginLoader.load(
                    plugins, Wiring.class.getClassLoader(), settings.dataDir().resolve("plugins"));
            events.subscribe(dev.kakehashi.domain.event.DomainEvent.class, plugins::dispatch);

            JobRegistry jobs = new JobRegistry();
            scheduler = Jobs.start(db.dataSource(), db.isPostgres(), jobs);
            HtmlSanitizer sanitizer = new HtmlSanitizer(links.base());
            MarkdownRenderer markdown = new MarkdownRenderer(plugins, sanitizer);
            GuessLimiter guesses = new GuessLimiter(tx, new LoginFailureRepository(tx), clock);
            AccountService accounts =
                    new AccountService(tx, accountRepo, mediaRepo, sessionRepo, site, events, guesses, clock);
            AuthService auth = new AuthService(tx, accountRepo, sessionRepo, guesses, clock);
            BlogQueries blog = new BlogQueries(tx, postRepo, accountRepo);
            AdminQueries adminQueries = new AdminQueries(tx, postRepo);
            MediaService media = new MediaService(
                    tx,
                    mediaRepo,
                    new MediaFiles(settings.dataDir().resolve("media")),
                    ImageLimits.DEFAULT,
                    settings.maxUploadBytes(),
                    clock);

            ActorIds actorIds = new ActorIds(links);
            ActorKeys actorKeys = new ActorKeys(tx, new ActorKeyRepository(tx), actorIds, clock);
            RequestSigner signer = new DraftCavageSigner(clock);
            // Kakehashi signs every fetch as its instance actor, which peers can fetch unsigned.
            SsrfGuard ssrfGuard = new SsrfGuard(settings.allowPrivateNetworks());
            Blocklist blocklist = ModerationWiring.blocklist(tx);
            RemoteFetcher fetcher = new RemoteFetcher(
                    ssrfGuard,
                    signer,
                    () -> actorKeys.signingKey(ActorRef.INSTANCE),
                    links.base(),
                    RemoteFetcher.Limits.DEFAULT,
                    blocklist::blocksHost);
            WebFingerClient webFinger = new WebFingerClient(fetcher);
            RemoteActorService remoteActors =
                    new RemoteActorService(tx, new RemoteActorRepository(tx), fetcher, sanitizer, clock);
            LocalActors localActors = new LocalActors(tx, accountRepo, site, actorIds, actorKeys);
            Mentions mentions = new Mentions(new MentionDirectory(
                    tx, webFinger, remoteActors, new RemoteActorRepository(tx), localActors, accountRepo, clock));
            PostRendering rendering = new PostRendering(links);
            PostService posts = new PostService(
                    tx,
                    postRepo,
                    accountRepo,
                    mediaRepo,
                    markdown,
                    rendering,
                    mentions,
                    new dev.kakehashi.service.content.Hashtags(links::tag),
                    new QuartzPostScheduler(scheduler),
                    events,
                    clock);

            DeliveryWiring.Parts delivery = DeliveryWiring.start(
                    settings, tx, scheduler, jobs, events, postRepo, site, actorIds, actorKeys, signer, ssrfGuard,
                    blocklist, clock);
            ReactionWiring reactions = ReactionWiring.build(tx, postRepo, accountRepo, actorIds, events, clock);
            ReaderWiring reader =
                    ReaderWiring.build(tx, webFinger, remoteActors, actorIds, sanitizer, delivery.kick(), clock);
            var commentModerationRepo = new CommentModerationRepository(tx);
            CommentModeration commentModeration = new CommentModeration(tx, commentModerationRepo, events, clock);
            // The comments wiring stores each incoming reply with the status this gate decides.
            CommentGate commentGate = new ModerationGate(
                    site::commentPolicy,
                    actor -> tx.call(() -> commentModerationRepo.hasPublishedComment(actor)),
                    plugins::commentFilters);
            CommentWiring comments = CommentWiring.build(
                    tx, events, postRepo, settingCache, actorIds, sanitizer, fetcher, remoteActors, commentGate, clock);
            // Incoming posts (Create/Update/Delete of Note, Article, Page) are offered to each consumer.
            NoteConsumers notes = new NoteConsumers();
            notes.add(reader.consumer());
            notes.add(comments.consumer());
            notes.add(reactions.quotes());
            notes.add(reactions.mentions());
            DeleteNoteDispatcher deletePosts = notes.register(reader.handlers());
            // A deleted remote account (its Delete, or a 410) loses its comments, as the settings say.
            remoteActors.whenGone(comments.service()::actorDeleted);
            settings.firstAdmin().ifPresent(a -> accounts.ensureFirstAdmin(a.username(), a.email(), a.password()));

            jobs.register(PublishScheduledPostJob.class, () -> new PublishScheduledPostJob(posts))
                    .register(MaintenanceJob.class, () -> new MaintenanceJob(posts, auth));
            scheduleMaintenance(scheduler);

            PageRenderer pages = new PageRenderer(new ThemeRenderer(ctx, themes), site, links);
            AdminRenderer adminPages = new AdminRenderer(
                            site,
                            me -> reactions.notifications().unread(me.accountId()),
                            me -> commentModeration.pendingCount(me.accountId(), me.admin()))
                    .withHandles(new dev.kakehashi.service.Handles(site, links));
            PostToView views = new PostToView(links, rendering);
            boolean https = settings.baseUrl().getScheme().equals("https");

            FollowerRepository followerRepo = new FollowerRepository(tx);
            Runnable kickDelivery = delivery.kick();
            InboxJobSchedule inboxSchedule = InboxJobSchedule.install(scheduler);
            MailWiring mail = MailWiring.start(settings, tx, scheduler, jobs, site, links, clock);
            var resets = PasswordResetWiring.start(
                    settings, tx, accountRepo, sessionRepo, links, mail.mailer(), site, clock);
            AliasService aliases =
                    new AliasService(tx, accountRepo, site, new WebFingerHandles(webFinger), links, clock);
            ModerationWiring blocking = ModerationWiring.build(
                    tx, blocklist, followerRepo, remoteActors, webFinger, actorIds, clock, reader.handlers());
            InboxWiring inbox = InboxWiring.build(
                    tx,
                    followerRepo,
                    remoteActors,
                    localActors,
                    ref -> site.approvesFollowersManually(),
                    kickDelivery,
                    new FollowNotifier(accountRepo, new NotificationRepository(tx)),
                    clock,
                    reader.handlers(),
                    deletePosts);
            reactions.register(reader.handlers(), followerRepo);
            jobs.register(InboxJob.class, () -> new InboxJob(inbox.processor(blocklist::blocksActor)));

            AnswerWiring answers = AnswerWiring.build(
                    tx,
                    postRepo,
                    accountRepo,
                    markdown,
                    mentions,
                    sanitizer,
                    events,
                    site,
                    links,
                    actorIds,
                    adminPages,
                    kickDelivery,
                    clock);
            SignInWiring signIn = SignInWiring.build(
                    tx, accountRepo, sessionRepo, mail.mailer(), events, site, links, settings.baseUrl(), https, clock);
            ResourceConfig api = new ResourcesConfig()
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                    .property(ServerProperties.BV_FEATURE_DISABLE, true)
                    .register(JacksonFeature.class)
                    .register(MultiPartFeature.class)
                    // Uploads are capped (UploadSizeLimit), so they are held in memory: a refused
                    // upload never leaves a temp file behind.
                    .register(new MultiPartProperties()
                            .bufferThreshold(MultiPartProperties.BUFFER_THRESHOLD_MEMORY_ONLY)
                            .maxParts(MAX_MULTIPART_PARTS)
                            .resolver())
                    .register(new ErrorMapper(pages, adminPages))
                    .register(new SetupGate(accounts))
                    .register(new SessionFilter(auth))
                    .register(new AdminGuard())
                    .register(new ContentTypeRequired())
                    .register(new UploadSizeLimit(settings.maxUploadBytes()))
                    .register(new HealthResource(db.dataSource()))
                    .register(new HomeResource(blog, views, pages, site, links))
                    .register(new PostResource(blog, views, pages, site, comments::thread, reactions.queries()))
                    .register(new AuthorResource(blog, views, pages, site))
                    .register(new TagResource(blog, views, pages, site, links))
                    .register(new ArchiveResource(blog, views, pages, site, links))
                    .register(new FeedResource(blog, views, site, links))
                    .register(new FollowResource(new WebFingerFollowLinks(webFinger), blog, pages, site, links))
                    .register(new SitemapResource(blog, links))
                    .register(new SetupResource(accounts, auth, adminPages, https))
                    .register(new LoginResource(auth, adminPages, https, signIn.gate()))
                    .register(new dev.kakehashi.admin.PasswordResetResource(resets, adminPages))
                    .register(new DashboardResource(adminQueries, adminPages, links))
                    .register(new PostsAdminResource(
                            posts,
                            adminQueries,
                            adminPages,
                            links,
                            new DeliveryQueries(tx, new dev.kakehashi.store.DeliveryRepository(tx))))
                    .register(new FollowingAdminResource(reader.following(), reader.reactions(), adminPages))
                    .register(new SettingsAdminResource(
                            site,
                            () -> themes.all().stream()
                                    .map(t -> new SettingsAdminResource.ThemeChoice(t.id(), t.name(), t.description()))
                                    .toList(),
                            () -> plugins.all().stream()
                                    .map(p -> new SettingsAdminResource.PluginChoice(
                                            p.plugin().id(),
                                            p.plugin().name(),
                                            p.plugin().description(),
                                            p.source(),
                                            plugins.isEnabled(p.plugin().id()),
                                            !plugins.settingsOf(p.plugin().id()).isEmpty()))
                                    .toList(),
                            adminPages,
                            accounts::usernameTaken,
                            aliases))
                    .register(new PluginSettingsAdminResource(plugins, site, adminPages))
                    .register(new CommentsAdminResource(commentModeration, adminPages, links))
                    .register(new PreviewResource(markdown))
                    .register(new AuthorsAdminResource(accounts, adminPages, links))
                    .register(new ProfileResource(accounts, mail.preferences(), adminPages, links, aliases))
                    .register(new EmailPreferencesResource(mail.preferences()))
                    .register(new MediaAdminResource(media, links))
                    .register(new NotificationsAdminResource(reactions.notifications(), adminPages, links))
                    .register(new FollowersAdminResource(
                            new FollowRequests(tx, followerRepo, inbox.responses(), kickDelivery), site, adminPages))
                    .register(new BlocksAdminResource(blocking.blocks(), adminPages))
                    .register(new ReportsAdminResource(blocking.reports(), adminPages))
                    .register(new VaryAcceptFilter())
                    .register(new ConditionalGetFilter())
                    .register(new ActorResource(localActors))
                    .register(new CollectionsResource(
                            new ActorCollections(tx, postRepo, followerRepo, localActors, site)))
                    .register(new ObjectResource(new LocalObjects(
                            tx, postRepo, localActors, site, comments.replies()::embedded, reactions.counts())))
                    .register(new RepliesResource(comments.replies()))
                    .register(new CommentSettingsAdminResource(comments.settings(), adminPages))
                    .register(new WebFingerResource(new WebFingerLookup(
                            localActors,
                            id -> tx.call(() -> postRepo.byId(id)
                                    .map(dev.kakehashi.domain.Post::isDeleted)
                                    .orElse(false)))))
                    .register(new HostMetaResource(links))
                    .register(new NodeInfoResource(
                            links, site, new NodeInfoUsage(tx, accountRepo, postRepo, clock), version()))
                    .register(new AuthorizeInteractionResource(links))
                    .register(answers.admin())
                    .register(answers.objects());
            signIn.register(api, site, adminPages, https);
            // First of all filters, on error pages too: every answer carries the security headers.
            ctx.addFilter("security-headers", new SecurityHeadersFilter())
                    .addMappingForUrlPatterns(
                            java.util.EnumSet.of(
                                    jakarta.servlet.DispatcherType.REQUEST,
                                    jakarta.servlet.DispatcherType.FORWARD,
                                    jakarta.servlet.DispatcherType.ERROR,
                                    jakarta.servlet.DispatcherType.ASYNC),
                            false,
                            "/*");
            ctx.addFilter("malformed-query", new MalformedQueryFilter()).addMappingForUrlPatterns(null, false, "/*");
            metrics.ifPresent(m -> {
                api.register(new RouteTemplate());
                ctx.addFilter("http-metrics", m.httpFilter()).addMappingForUrlPatterns(null, false, "/*");
            });

            // Before Jersey: the inbox needs the raw bytes to check the signature's digest.
            ctx.addFilter(
                            "inbox",
                            new InboxFilter(
                                    inbox.verifier(remoteActors),
                                    inbox.store(inboxSchedule::kick),
                                    blocklist,
                                    settings.baseUrl().getScheme()))
                    .addMappingForUrlPatterns(null, true, "/*");
            ServletRegistration.Dynamic themeFiles = ctx.addServlet("theme-static", new ThemeStaticServlet(themes));
            themeFiles.addMapping("/theme/*");
            ctx.addServlet("media", new MediaServlet(media)).addMapping("/media/*");
            ctx.addServlet("metrics", new MetricsServlet(metrics.map(Metrics::registry), settings.metricsToken()))
                    .addMapping("/metrics");
            ServletRegistration.Dynamic jersey = ctx.addServlet("jersey", new ServletContainer(api));
            jersey.addMapping("/*");
            jersey.setLoadOnStartup(1);

            scheduler.start();
            ctx.setAttribute(DueJobsNow.ATTRIBUTE, new DueJobsNow(scheduler));
            return new Wiring(db, scheduler, metrics, delivery);
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

    private static void scheduleMaintenance(Scheduler scheduler) throws SchedulerException {
        JobKey key = JobKey.jobKey("maintenance", "system");
        if (scheduler.checkExists(key)) {
            return;
        }
        scheduler.scheduleJob(
                JobBuilder.newJob(MaintenanceJob.class).withIdentity(key).build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("maintenance", "system")
                        .withSchedule(CronScheduleBuilder.cronSchedule("0 * * * * ?")
                                .withMisfireHandlingInstructionDoNothing())
                        .build());
    }

    /** The version Maven wrote into the build, for NodeInfo. */
    private static String version() {
        try (var in = Wiring.class.getResourceAsStream("/kakehashi-version.properties")) {
            if (in != null) {
                var props = new java.util.Properties();
                props.load(in);
                return props.getProperty("version", "unknown");
            }
        } catch (java.io.IOException e) {
            log.warn("Cannot read the WAR's version", e);
        }
        return Optional.ofNullable(Wiring.class.getPackage().getImplementationVersion())
                .orElse("unknown");
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
        // First the senders, so the running delivery job ends and releases what it claimed.
        delivery.worker().close();
        closeQuietly(scheduler);
        metrics.ifPresent(Metrics::close);
        ImageIoPlugins.deregister();
        db.close();
    }
}
