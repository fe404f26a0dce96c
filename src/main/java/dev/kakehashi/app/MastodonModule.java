package dev.kakehashi.app;

import dev.kakehashi.admin.AppsAdminResource;
import dev.kakehashi.admin.OAuthAuthorizeResource;
import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.CorsFilter;
import dev.kakehashi.mastodon.JsonAnswers;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.RateLimitFilter;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.accounts.AccountActionsResource;
import dev.kakehashi.mastodon.accounts.AccountFeaturedTagsResource;
import dev.kakehashi.mastodon.accounts.AccountFinder;
import dev.kakehashi.mastodon.accounts.AccountRelationsResource;
import dev.kakehashi.mastodon.accounts.AccountViews;
import dev.kakehashi.mastodon.accounts.AccountsResource;
import dev.kakehashi.mastodon.accounts.BlocksResource;
import dev.kakehashi.mastodon.accounts.CredentialsResource;
import dev.kakehashi.mastodon.accounts.EndorsementsResource;
import dev.kakehashi.mastodon.accounts.FollowRequestsResource;
import dev.kakehashi.mastodon.accounts.MarkersResource;
import dev.kakehashi.mastodon.accounts.MyEndorsementsResource;
import dev.kakehashi.mastodon.accounts.PreferencesResource;
import dev.kakehashi.mastodon.accounts.PushResource;
import dev.kakehashi.mastodon.auth.BearerTokenFilter;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.MediaToAttachment;
import dev.kakehashi.mastodon.convert.PostToStatus;
import dev.kakehashi.mastodon.convert.ReactorToAccount;
import dev.kakehashi.mastodon.convert.VersionToEdit;
import dev.kakehashi.mastodon.filters.FilterRulesResource;
import dev.kakehashi.mastodon.filters.FiltersResource;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.mastodon.instance.InstanceFacts;
import dev.kakehashi.mastodon.instance.InstanceResource;
import dev.kakehashi.mastodon.media.MediaResource;
import dev.kakehashi.mastodon.notifications.GroupedNotificationPresenter;
import dev.kakehashi.mastodon.notifications.GroupedNotificationsResource;
import dev.kakehashi.mastodon.notifications.NotificationPolicyResource;
import dev.kakehashi.mastodon.notifications.NotificationPresenter;
import dev.kakehashi.mastodon.notifications.NotificationsResource;
import dev.kakehashi.mastodon.oauth.AppsResource;
import dev.kakehashi.mastodon.oauth.OAuthMetadataResource;
import dev.kakehashi.mastodon.oauth.TokenResource;
import dev.kakehashi.mastodon.oauth.UserinfoResource;
import dev.kakehashi.mastodon.polls.PollsResource;
import dev.kakehashi.mastodon.search.SearchResource;
import dev.kakehashi.mastodon.statuses.ContextPresenter;
import dev.kakehashi.mastodon.statuses.SavedStatusesResource;
import dev.kakehashi.mastodon.statuses.ScheduledStatusesResource;
import dev.kakehashi.mastodon.statuses.StatusActionsResource;
import dev.kakehashi.mastodon.statuses.StatusEditResource;
import dev.kakehashi.mastodon.statuses.StatusMarksResource;
import dev.kakehashi.mastodon.statuses.StatusesResource;
import dev.kakehashi.mastodon.streaming.StreamContent;
import dev.kakehashi.mastodon.timelines.TimelinesResource;
import dev.kakehashi.service.AccountNoteService;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.AccountRelations;
import dev.kakehashi.service.EndorsementService;
import dev.kakehashi.service.HomeTimelineCache;
import dev.kakehashi.service.IdempotentRequests;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.LocalFavourites;
import dev.kakehashi.service.MarkerService;
import dev.kakehashi.service.MuteService;
import dev.kakehashi.service.NotificationFeed;
import dev.kakehashi.service.PinService;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.PostHistory;
import dev.kakehashi.service.ProfileService;
import dev.kakehashi.service.PublishedPostQueries;
import dev.kakehashi.service.ReactionService;
import dev.kakehashi.service.RemoteReactions;
import dev.kakehashi.service.SavedStatusQueries;
import dev.kakehashi.service.SearchQueries;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.StreamedStatuses;
import dev.kakehashi.service.ThreadQueries;
import dev.kakehashi.service.filters.FilterService;
import dev.kakehashi.service.oauth.OAuthApps;
import dev.kakehashi.service.oauth.OAuthGrants;
import dev.kakehashi.service.oauth.OAuthScopes;
import dev.kakehashi.service.oauth.TokenCache;
import dev.kakehashi.store.AccountNoteRepository;
import dev.kakehashi.store.AccountStatsRepository;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.EndorsementRepository;
import dev.kakehashi.store.FilterRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.IdempotencyRepository;
import dev.kakehashi.store.MarkerRepository;
import dev.kakehashi.store.MuteRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OAuthAppRepository;
import dev.kakehashi.store.OAuthCodeRepository;
import dev.kakehashi.store.OAuthTokenRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.PostEditRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.ReportRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Mastodon client API: OAuth apps and grants, the bearer-token filter, the body reader, and
 * the resources; CORS and the rate limit as servlet filters. Resources of the API are registered
 * in {@link #register}.
 */
record MastodonModule(Core core, BlogModule blog, SignInModule signIn, OAuthApps apps, OAuthGrants grants) {
    static final Duration RATE_WINDOW = Duration.ofMinutes(5);

    static MastodonModule build(Core core, BlogModule blog, SignInModule signIn) {
        var tx = core.tx();
        OAuthApps apps = new OAuthApps(tx, new OAuthAppRepository(tx), OAuthScopes::isKnown, core.clock());
        TokenCache tokens = TokenCache.listeningTo(core.db().tableWrites(), core.caches());
        core.metrics().ifPresent(m -> m.bind(tokens.meters()));
        OAuthGrants grants = new OAuthGrants(
                tx,
                new OAuthCodeRepository(tx),
                new OAuthTokenRepository(tx),
                blog.auth(),
                signIn.signIn().twoFactor()::required,
                core.clock(),
                tokens);
        return new MastodonModule(core, blog, signIn, apps, grants);
    }

    /** What registering the statuses half made that the rest needs: its queries and the streams' content. */
    private record StatusesPart(StatusQueries statuses, StreamContent stream) {}

    /**
     * The filter, the body reader and the resources; the consent and Apps pages are admin pages.
     *
     * @return what the streaming API serializes its events with
     */
    StreamContent register(ResourceConfig api, Renderers renderers, MastodonFederated federated) {
        var links = core.links();
        var tx = core.tx();
        var stats = new LocalAccountStats(tx, new AccountStatsRepository(tx));
        var toEntity = new AccountToEntity(
                links, () -> core.site().approvesFollowersManually(), MastodonFederated.cachedActors(tx, core.clock()));
        api.register(new BearerTokenFilter(grants))
                .register(new JsonAnswers())
                .register(new MastodonBodyReader())
                .register(new AppsResource(apps))
                .register(new TokenResource(apps, grants))
                .register(new OAuthMetadataResource(links))
                .register(new UserinfoResource(blog.accounts(), links))
                .register(new InstanceResource(links, core.site(), instanceFacts(stats, toEntity)))
                .register(new CredentialsResource(
                        blog.accounts(),
                        new ProfileService(
                                tx, core.accountRepo(), core.mediaRepo(), core.site(), core.events(), core.clock()),
                        blog.media(),
                        stats,
                        toEntity))
                .register(new PreferencesResource(blog.accounts()))
                .register(new MarkersResource(new MarkerService(tx, new MarkerRepository(tx), core.clock())))
                .register(new PushResource())
                .register(new OAuthAuthorizeResource(apps, grants, blog.auth(), renderers.adminPages(), core.https()))
                .register(new AppsAdminResource(grants, renderers.adminPages()));
        StatusesPart part = registerStatuses(
                api, stats, toEntity, federated.reactions(), federated.localReactions(), federated.polls());
        registerRelations(api, stats, toEntity, part.statuses(), federated);
        return part.stream();
    }

    /** Follows, blocks, mutes, follow requests and search: acting through the admin's own services. */
    private void registerRelations(
            ResourceConfig api,
            LocalAccountStats stats,
            AccountToEntity toEntity,
            StatusQueries statuses,
            MastodonFederated federated) {
        var tx = core.tx();
        Links links = core.links();
        var relations = new AccountRelations(
                tx,
                core.accountRepo(),
                new RemoteActorRepository(tx),
                new FollowingRepository(tx),
                new FollowerRepository(tx),
                new MuteRepository(tx),
                new ReportRepository(tx),
                federated.blocklist(),
                core.clock(),
                new AccountRelations.Own(new AccountNoteRepository(tx), new EndorsementRepository(tx)));
        var mutes = new MuteService(tx, new MuteRepository(tx), new RemoteActorRepository(tx), core.clock());
        var views = new AccountViews(toEntity, stats);
        var search =
                new SearchQueries(tx, core.accountRepo(), new RemoteActorRepository(tx), core.postRepo(), statuses);
        var finder = new AccountFinder(search, federated.lookup(), views, links);
        var presenter = new StatusPresenter(
                new PostToStatus(
                        links, blog.rendering(), () -> core.site().current().language()),
                toEntity,
                stats,
                core.clock());
        var endorsed = endorsementsResource(relations, views);
        api.register(new AccountActionsResource(
                        relations, federated.following(), federated.followers(), federated.blocks(), mutes))
                .register(new AccountRelationsResource(relations, views, finder, links))
                .register(new BlocksResource(
                        federated.blocks(),
                        mutes,
                        relations,
                        toEntity,
                        links,
                        new AccountQueries(tx, core.accountRepo(), new RemoteActorRepository(tx))))
                .register(new FollowRequestsResource(relations, federated.followers(), views, links))
                .register(endorsed)
                .register(new MyEndorsementsResource(endorsed))
                .register(new SearchResource(finder, search, federated.lookup(), statuses, presenter, views, links));
    }

    /** Notes and endorsements: the author's own marks on accounts. */
    private EndorsementsResource endorsementsResource(AccountRelations relations, AccountViews views) {
        var tx = core.tx();
        var endorsements = new EndorsementService(
                tx,
                new EndorsementRepository(tx),
                new FollowingRepository(tx),
                new RemoteActorRepository(tx),
                core.accountRepo(),
                core.clock());
        var notes = new AccountNoteService(
                tx, new AccountNoteRepository(tx), core.accountRepo(), new RemoteActorRepository(tx), core.clock());
        return new EndorsementsResource(relations, endorsements, notes, views, core.links());
    }

    /** Statuses and timelines: the posting and reading half of the API. */
    private StatusesPart registerStatuses(
            ResourceConfig api,
            LocalAccountStats stats,
            AccountToEntity accounts,
            RemoteReactions reactions,
            ReactionService reactionService,
            PollService polls) {
        var tx = core.tx();
        Links links = core.links();
        StatusQueries statuses = new StatusQueries(
                tx,
                core.postRepo(),
                new RemotePostRepository(tx),
                new RemoteBoostRepository(tx),
                new ReactionRepository(tx),
                new RemoteActorRepository(tx),
                reactions,
                new BookmarkRepository(tx),
                new ThreadMuteRepository(tx),
                links,
                core.clock());
        StatusPresenter presenter = new StatusPresenter(
                new PostToStatus(
                        links, blog.rendering(), () -> core.site().current().language()),
                accounts,
                stats,
                core.clock());
        var statusFilters = new StatusFilters(
                new FilterService(tx, new FilterRepository(tx), statuses, core.events(), core.clock()));
        var idempotent = new IdempotentRequests(tx, new IdempotencyRepository(tx), core.clock());
        var threads = new ThreadQueries(
                tx,
                statuses,
                core.postRepo(),
                new RemotePostRepository(tx),
                new CommentRepository(tx),
                new RemoteActorRepository(tx),
                links);
        api.register(new StatusesResource(
                blog.posts(),
                idempotent,
                statuses,
                presenter,
                links,
                core.clock(),
                core.settings().scheduleMinLead(),
                threads,
                new ContextPresenter(presenter, accounts, statusFilters),
                polls));
        api.register(new PollsResource(polls, statuses, presenter));
        var favourites = new LocalFavourites(tx, statuses, new ReactionRepository(tx), reactionService, links);
        var accountQueries = new AccountQueries(tx, core.accountRepo(), new RemoteActorRepository(tx));
        var reactorToAccount = new ReactorToAccount(links, accountQueries, stats, accounts);
        api.register(new StatusActionsResource(statuses, reactions, favourites, presenter, reactorToAccount));
        api.register(new StatusEditResource(
                blog.posts(),
                new PostHistory(
                        tx,
                        statuses,
                        new PostEditRepository(tx),
                        core.mediaRepo(),
                        blog.rendering(),
                        new RemotePostRepository(tx),
                        new RemoteActorRepository(tx)),
                statuses,
                presenter,
                blog.media(),
                accounts,
                stats,
                new VersionToEdit(links),
                polls));
        api.register(new StatusMarksResource(
                statuses, new PinService(tx, statuses, new PinRepository(tx), core.events(), core.clock()), presenter));
        api.register(new ScheduledStatusesResource(
                blog.posts(), links, core.clock(), core.settings().scheduleMinLead()));
        var homes = HomeTimelineCache.listeningTo(core.db().tableWrites(), core.events(), core.caches());
        core.metrics().ifPresent(m -> m.bind(homes.meters()));
        api.register(new TimelinesResource(statuses, presenter, links, statusFilters, homes));
        var lists = MastodonListsWiring.register(core, api, statuses, presenter, accounts, statusFilters);
        var saved = new SavedStatusQueries(tx, statuses, core.postRepo(), links);
        api.register(new SavedStatusesResource(saved, presenter, links));
        var feed = new NotificationFeed(
                tx,
                new NotificationRepository(tx),
                new CommentRepository(tx),
                new RemoteActorRepository(tx),
                new MarkerRepository(tx),
                statuses,
                core.clock());
        var notificationPresenter = new NotificationPresenter(presenter, reactorToAccount);
        api.register(new NotificationsResource(feed, notificationPresenter, links, statusFilters));
        api.register(new GroupedNotificationsResource(
                feed,
                new GroupedNotificationPresenter(notificationPresenter, accounts, statusFilters),
                statusFilters,
                accounts,
                links));
        api.register(new FiltersResource(statusFilters.service()));
        api.register(new FilterRulesResource(statusFilters.service()));
        api.register(new NotificationPolicyResource());
        api.register(new MediaResource(blog.media(), new MediaToAttachment(links)));
        api.register(new AccountsResource(
                accountQueries, stats, accounts, statuses, saved, presenter, links, statusFilters));
        api.register(new AccountFeaturedTagsResource(accountQueries));
        return new StatusesPart(
                statuses,
                new StreamContent(
                        new StreamedStatuses(
                                tx,
                                statuses,
                                core.postRepo(),
                                new RemotePostRepository(tx),
                                new RemoteBoostRepository(tx)),
                        presenter,
                        feed,
                        notificationPresenter,
                        statusFilters,
                        lists.lists(),
                        lists.conversations(),
                        lists.conversationPresenter()));
    }

    private InstanceFacts instanceFacts(LocalAccountStats stats, AccountToEntity toEntity) {
        return new InstanceFacts(
                ActivityPubModule.version(),
                core.settings().maxUploadBytes(),
                () -> blog.accounts().all().size(),
                new PublishedPostQueries(core.tx(), core.postRepo())::count,
                () -> blog.accounts().all().stream()
                        .filter(Account::isAdmin)
                        .findFirst()
                        .map(a -> toEntity.local(a, stats.of(a.id())))
                        .orElse(null));
    }

    /** CORS first (a preflight needs no token), then the rate limit. */
    void installFilters(ServletContext ctx) {
        var cors = ctx.addFilter("mastodon-cors", new CorsFilter());
        cors.setAsyncSupported(true);
        cors.addMappingForUrlPatterns(null, false, "/*");
        var limit = ctx.addFilter(
                "mastodon-rate-limit", new RateLimitFilter(core.settings().apiRateLimit(), RATE_WINDOW, core.clock()));
        limit.setAsyncSupported(true);
        limit.addMappingForUrlPatterns(null, false, "/api/*");
    }
}
