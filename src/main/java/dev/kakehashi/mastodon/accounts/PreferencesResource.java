package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.auth.RequiresScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/preferences}: the blog's posting and reading defaults (INTEROP B10.1). */
@Path("/api/v1/preferences")
@Produces(MediaType.APPLICATION_JSON)
public final class PreferencesResource {
    @GET
    @RequiresScope("read:accounts")
    public Map<String, Object> preferences() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("posting:default:visibility", "public");
        p.put("posting:default:sensitive", false);
        p.put("posting:default:language", null);
        p.put("posting:default:quote_policy", "public");
        p.put("reading:expand:media", "default");
        p.put("reading:expand:spoilers", false);
        p.put("reading:autoplay:gifs", false);
        return p;
    }
}
