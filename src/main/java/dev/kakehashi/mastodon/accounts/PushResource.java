package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.mastodon.MastodonErrors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Web Push is not offered yet: clients (Elk, Phanpy) ask at login and take 404 as "none". */
@Path("/api/v1/push/subscription")
@Produces(MediaType.APPLICATION_JSON)
public final class PushResource {
    @GET
    public Object subscription() {
        throw MastodonErrors.notFound();
    }
}
