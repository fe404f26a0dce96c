package dev.kakehashi.app;

import dev.kakehashi.admin.AppsAdminResource;
import dev.kakehashi.admin.OAuthAuthorizeResource;
import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.CorsFilter;
import dev.kakehashi.mastodon.JsonAnswers;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.RateLimitFilter;
import dev.kakehashi.mastodon.accounts.AccountActionsResource;
import dev.kakehashi.mastodon.accounts.AccountFinder;
import dev.kakehashi.mastodon.accounts.AccountRelationsResource;
import dev.kakehashi.mastodon.accounts.AccountViews;
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
import dev.kakehashi.mastodon.instance.InstanceFacts;
import dev.kakehashi.mastodon.instance.InstanceResource;
import dev.kakehashi.mastodon.oauth.AppsResource;
import dev.kakehashi.mastodon.oauth.OAuthMetadataResource;
import dev.kakehashi.mastodon.oauth.TokenResource;
import dev.kakehashi.mastodon.oauth.UserinfoResource;
import dev.kakehashi.mastodon.search.SearchResource;
import dev.kakehashi.mastodon.streaming.StreamContent;
import dev.kakehashi.service.AccountNoteService;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.AccountRelations;
import dev.kakehashi.service.EndorsementService;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.MarkerService;
import dev.kakehashi.service.MuteService;
import dev.kakehashi.service.ProfileService;
import dev.kakehashi.service.PublishedPostQueries;
import dev.kakehashi.service.SearchQueries;
import dev.kakehashi.service.oauth.OAuthApps;
import dev.kakehashi.service.oauth.OAuthGrants;
import dev.kakehashi.service.oauth.OAuthScopes;
import dev.kakehashi.service.oauth.TokenCache;
import dev.kakehashi.store.AccountNoteRepository;
import dev.kakehashi.store.AccountStatsRepository;
import dev.kakehashi.store.EndorsementRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.MarkerRepository;
import dev.kakehashi.store.MuteRepository;
import dev.kakehashi.store.OAuthAppRepository;
import dev.kakehashi.store.OAuthCodeRepository;
import dev.kakehashi.store.OAuthTokenRepository;
import dev.kakehashi.store.PostSearchRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.ReportRepository;
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

    /**
     * The filter, the body reader and the resources; the consent and Apps pages are admin pages.
     *
     * @return what the streaming API serializes its events with
     */
    StreamContent register(ResourceConfig api, Renderers renderers, MastodonFederated federated) {
        var links = core.links();
        var tx = core.tx();
        var stats = LocalAccountStats.listeningTo(
                tx, new AccountStatsRepository(tx), core.db().tableWrites(), core.caches());
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
        var statuses = MastodonStatusesWiring.register(core, blog, api, stats, toEntity, federated);
        registerRelations(api, stats, toEntity, statuses, federated);
        return statuses.stream();
    }

    /** Follows, blocks, mutes, follow requests and search: acting through the admin's own services. */
    private void registerRelations(
            ResourceConfig api,
            LocalAccountStats stats,
            AccountToEntity toEntity,
            MastodonStatusesWiring.Part part,
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
        var search = new SearchQueries(
                tx, core.accountRepo(), new RemoteActorRepository(tx), new PostSearchRepository(tx), part.statuses());
        var finder = new AccountFinder(search, federated.lookup(), views, links);
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
                .register(new SearchResource(
                        finder, search, federated.lookup(), part.statuses(), part.presenter(), views, links));
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
