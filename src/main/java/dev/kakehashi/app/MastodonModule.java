package dev.kakehashi.app;

import dev.kakehashi.mastodon.CorsFilter;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.RateLimitFilter;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.BearerTokenFilter;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.PostToStatus;
import dev.kakehashi.mastodon.convert.RemoteActorToAccount;
import dev.kakehashi.mastodon.statuses.StatusesResource;
import dev.kakehashi.mastodon.timelines.TimelinesResource;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.oauth.OAuthApps;
import dev.kakehashi.service.oauth.OAuthGrants;
import dev.kakehashi.service.oauth.OAuthScopes;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.OAuthAppRepository;
import dev.kakehashi.store.OAuthCodeRepository;
import dev.kakehashi.store.OAuthTokenRepository;
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

    void register(ResourceConfig api) {
        api.register(new BearerTokenFilter(grants)).register(new MastodonBodyReader());
        registerStatuses(api);
    }

    /** Statuses and timelines: the posting and reading half of the API. */
    private void registerStatuses(ResourceConfig api) {
        var tx = core.tx();
        Links links = core.links();
        StatusQueries statuses = new StatusQueries(
                tx,
                core.postRepo(),
                new RemotePostRepository(tx),
                new ReactionRepository(tx),
                new CommentRepository(tx),
                new RemoteActorRepository(tx));
        StatusPresenter presenter = new StatusPresenter(
                new PostToStatus(
                        links, blog.rendering(), () -> core.site().current().language()),
                new AccountToEntity(links),
                new RemoteActorToAccount(links));
        api.register(new StatusesResource(blog.posts(), statuses, presenter, links, core.clock()));
        api.register(new TimelinesResource(statuses, presenter, links));
    }

    /** CORS first (a preflight needs no token), then the rate limit. */
    void installFilters(ServletContext ctx) {
        ctx.addFilter("mastodon-cors", new CorsFilter()).addMappingForUrlPatterns(null, false, "/*");
        ctx.addFilter("mastodon-rate-limit", new RateLimitFilter(RATE_LIMIT, RATE_WINDOW, core.clock()))
                .addMappingForUrlPatterns(null, false, "/api/*");
    }
}
