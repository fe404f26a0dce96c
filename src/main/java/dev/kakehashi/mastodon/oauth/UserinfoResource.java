package dev.kakehashi.mastodon.oauth;

import dev.kakehashi.domain.Account;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.service.AccountService;
import dev.kakehashi.service.Links;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET/POST /oauth/userinfo} (OpenID Connect style, Mastodon 4.4): who the token acts for. */
@Path("/oauth/userinfo")
@Produces(MediaType.APPLICATION_JSON)
public final class UserinfoResource {
    private final AccountService accounts;
    private final Links links;

    public UserinfoResource(AccountService accounts, Links links) {
        this.accounts = accounts;
        this.links = links;
    }

    @GET
    @RequiresScope("profile")
    public Map<String, Object> get(@Context ContainerRequestContext request) {
        Account a = accounts.byId(ApiCaller.accountOf(request));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("iss", links.home());
        info.put("sub", links.authorActor(a.id()));
        info.put("name", a.displayName());
        info.put("preferred_username", a.username());
        info.put("profile", links.author(a.username()));
        info.put(
                "picture",
                a.avatar() == null
                        ? links.missingAvatar()
                        : links.media(a.avatar().fileName()));
        return info;
    }

    @POST
    @RequiresScope("profile")
    public Map<String, Object> post(@Context ContainerRequestContext request) {
        return get(request);
    }
}
