package dev.kakehashi.mastodon.oauth;

import dev.kakehashi.domain.OAuthApp;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.entity.ApplicationEntity;
import dev.kakehashi.service.oauth.OAuthApps;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code POST /api/v1/apps} registers an app; {@code GET /api/v1/apps/verify_credentials} names the token's app. */
@Path("/api/v1/apps")
@Produces(MediaType.APPLICATION_JSON)
public final class AppsResource {
    private final OAuthApps apps;

    public AppsResource(OAuthApps apps) {
        this.apps = apps;
    }

    @POST
    public ApplicationEntity register(MastodonBody body) {
        MastodonBody b = MastodonBody.of(body);
        OAuthApps.Registered r = apps.register(
                b.stringOrNull("client_name"),
                b.list("redirect_uris"),
                b.stringOrNull("scopes"),
                b.stringOrNull("website"));
        OAuthApp app = r.app();
        return new ApplicationEntity(
                Long.toString(app.id()),
                app.name(),
                app.website(),
                List.copyOf(app.scopes()),
                String.join("\n", app.redirectUris()),
                app.redirectUris(),
                app.clientId(),
                r.clientSecret(),
                0L,
                "");
    }

    /** Any valid token, app-only ones included (Mastodon needs no particular scope here). */
    @GET
    @Path("verify_credentials")
    public ApplicationEntity verify(@Context ContainerRequestContext request) {
        ApiCaller caller = ApiCaller.of(request)
                .orElseThrow(() -> new dev.kakehashi.service.error.ServiceException(
                        401, dev.kakehashi.mastodon.auth.BearerTokenFilter.INVALID_TOKEN));
        OAuthApp app = apps.byId(caller.appId());
        return new ApplicationEntity(
                Long.toString(app.id()),
                app.name(),
                app.website(),
                List.copyOf(app.scopes()),
                String.join("\n", app.redirectUris()),
                app.redirectUris(),
                null,
                null,
                null,
                "");
    }
}
