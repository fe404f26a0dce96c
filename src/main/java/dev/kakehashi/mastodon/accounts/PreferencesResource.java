package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.service.AccountService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/preferences}: the author's posting defaults (set through {@code source} in
 * update_credentials, and used for a status that names none) and the reading defaults (INTEROP B10.1).
 */
@Path("/api/v1/preferences")
@Produces(MediaType.APPLICATION_JSON)
public final class PreferencesResource {
    private final AccountService accounts;

    public PreferencesResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @RequiresScope("read:accounts")
    public Map<String, Object> preferences(@Context ContainerRequestContext request) {
        Map<String, Object> p = new LinkedHashMap<>();
        accounts.byId(ApiCaller.accountOf(request), a -> {
            p.put("posting:default:visibility", a.defaultVisibility().wireName());
            p.put("posting:default:sensitive", a.defaultSensitive());
            p.put("posting:default:language", a.defaultLanguage());
            return a;
        });
        p.put("posting:default:quote_policy", "public");
        p.put("reading:expand:media", "default");
        p.put("reading:expand:spoilers", false);
        p.put("reading:autoplay:gifs", false);
        return p;
    }
}
