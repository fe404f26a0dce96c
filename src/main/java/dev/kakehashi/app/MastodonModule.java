package dev.kakehashi.app;

import dev.kakehashi.admin.AppsAdminResource;
import dev.kakehashi.admin.OAuthAuthorizeResource;
import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.CorsFilter;
import dev.kakehashi.mastodon.JsonAnswers;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.RateLimitFilter;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.accounts.AccountsResource;
import dev.kakehashi.mastodon.accounts.CredentialsResource;
import dev.kakehashi.mastodon.accounts.MarkersResource;
import dev.kakehashi.mastodon.accounts.PreferencesResource;
import dev.kakehashi.mastodon.accounts.PushResource;
import dev.kakehashi.mastodon.auth.BearerTokenFilter;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.MediaToAttachment;
import dev.kakehashi.mastodon.convert.PostToStatus;
import dev.kakehashi.mastodon.instance.InstanceFacts;
import dev.kakehashi.mastodon.instance.InstanceResource;
import dev.kakehashi.mastodon.media.MediaResource;
import dev.kakehashi.mastodon.notifications.NotificationPolicyResource;
import dev.kakehashi.mastodon.notifications.NotificationPresenter;
import dev.kakehashi.mastodon.notifications.NotificationsResource;
import dev.kakehashi.mastodon.oauth.AppsResource;
import dev.kakehashi.mastodon.oauth.OAuthMetadataResource;
import dev.kakehashi.mastodon.oauth.TokenResource;
import dev.kakehashi.mastodon.oauth.UserinfoResource;
import dev.kakehashi.mastodon.statuses.ContextPresenter;
import dev.kakehashi.mastodon.statuses.SavedStatusesResource;
import dev.kakehashi.mastodon.statuses.StatusActionsResource;
import dev.kakehashi.mastodon.statuses.StatusesResource;
import dev.kakehashi.mastodon.streaming.StreamContent;
import dev.kakehashi.mastodon.timelines.TimelinesResource;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.IdempotentRequests;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.MarkerService;
import dev.kakehashi.service.NotificationFeed;
import dev.kakehashi.service.RemoteReactions;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.ThreadQueries;
import dev.kakehashi.service.oauth.OAuthApps;
import dev.kakehashi.service.oauth.OAuthGrants;
import dev.kakehashi.service.oauth.OAuthScopes;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.IdempotencyRepository;
import dev.kakehashi.store.MarkerRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OAuthAppRepository;
import dev.kakehashi.store.OAuthCodeRepository;
import dev.kakehashi.store.OAuthTokenRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Mastodon client API: OAuth apps and grants, the bearer-token filter, the body reader, and
 * the resources; CORS and the rate limit as servlet filters. Resources of the API are registered
 * in {@link #register}.
 */
record MastodonModule(Core core, BlogModule blog, SignInModule signIn, OAuthApps apps, OAuthGrants grants) {
    /** Mastodon's default: 300 requests per 5 minutes per token or address. */
    static final int RATE_LIMIT = 300;

    static final Duration RATE_WINDOW = Duration.ofMinutes(5);

    static MastodonModule build(Core core, BlogModule blog, SignInModule signIn) {
        var tx = core.tx();
        OAuthApps apps = new OAuthApps(tx, new OAuthAppRepository(tx), OAuthScopes::isKnown, core.clock());
        OAuthGrants grants = new OAuthGrants(
                tx,
                new OAuthCodeRepository(tx),
                new OAuthTokenRepository(tx),
                blog.auth(),
                signIn.signIn().twoFactor()::required,
                core.clock());
        return new MastodonModule(core, blog, signIn, apps, grants);
    }

    /**
     * The filter, the body reader and the resources; the consent and Apps pages are admin pages.
     *
     * @return what the streaming API serializes its events with
     */
    StreamContent register(ResourceConfig api, Renderers renderers, RemoteReactions reactions) {
        var links = core.links();
        var tx = core.tx();
        var stats = new LocalAccountStats(tx, core.postRepo(), new FollowerRepository(tx), new FollowingRepository(tx));
        var toEntity = new AccountToEntity(links);
        api.register(new BearerTokenFilter(grants))
                .register(new JsonAnswers())
                .register(new MastodonBodyReader())
                .register(new AppsResource(apps))
                .register(new TokenResource(apps, grants))
                .register(new OAuthMetadataResource(links))
                .register(new UserinfoResource(blog.accounts(), links))
                .register(new InstanceResource(links, core.site(), instanceFacts(stats, toEntity)))
                .register(new CredentialsResource(blog.accounts(), blog.media(), stats, toEntity))
                .register(new PreferencesResource())
                .register(new MarkersResource(new MarkerService(tx, new MarkerRepository(tx), core.clock())))
                .register(new PushResource())
                .register(new OAuthAuthorizeResource(apps, grants, blog.auth(), renderers.adminPages(), core.https()))
                .register(new AppsAdminResource(grants, renderers.adminPages()));
        return registerStatuses(api, stats, toEntity, reactions);
    }

    /** Statuses and timelines: the posting and reading half of the API. */
    private StreamContent registerStatuses(
            ResourceConfig api, LocalAccountStats stats, AccountToEntity accounts, RemoteReactions reactions) {
        var tx = core.tx();
        Links links = core.links();
        StatusQueries statuses = new StatusQueries(
                tx,
                core.postRepo(),
                new RemotePostRepository(tx),
                new ReactionRepository(tx),
                new CommentRepository(tx),
                new RemoteActorRepository(tx),
                reactions,
                new BookmarkRepository(tx),
                new OutboundReactionRepository(tx),
                core.clock());
        StatusPresenter presenter = new StatusPresenter(
                new PostToStatus(
                        links, blog.rendering(), () -> core.site().current().language()),
                accounts,
                stats);
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
                threads,
                new ContextPresenter(presenter, accounts)));
        api.register(new StatusActionsResource(statuses, reactions, presenter, accounts));
        api.register(new TimelinesResource(statuses, presenter, links));
        api.register(new SavedStatusesResource(statuses, presenter, links));
        var feed = new NotificationFeed(
                tx,
                new NotificationRepository(tx),
                new CommentRepository(tx),
                new RemoteActorRepository(tx),
                new MarkerRepository(tx),
                statuses);
        var notifications = new NotificationPresenter(presenter, accounts);
        api.register(new NotificationsResource(feed, notifications, links));
        api.register(new NotificationPolicyResource());
        api.register(new MediaResource(blog.media(), new MediaToAttachment(links)));
        api.register(new AccountsResource(
                new AccountQueries(tx, core.accountRepo(), new RemoteActorRepository(tx)),
                stats,
                accounts,
                statuses,
                presenter,
                links));
        return new StreamContent(statuses, presenter, feed, notifications);
    }

    private InstanceFacts instanceFacts(LocalAccountStats stats, AccountToEntity toEntity) {
        return new InstanceFacts(
                ActivityPubModule.version(),
                core.settings().maxUploadBytes(),
                () -> blog.accounts().all().size(),
                () -> core.tx().call(() -> core.postRepo().countPublished()),
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
        var limit = ctx.addFilter("mastodon-rate-limit", new RateLimitFilter(RATE_LIMIT, RATE_WINDOW, core.clock()));
        limit.setAsyncSupported(true);
        limit.addMappingForUrlPatterns(null, false, "/api/*");
    }
}
