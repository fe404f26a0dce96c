package dev.kakehashi.mastodon.notifications;

import dev.kakehashi.mastodon.auth.RequiresScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v2/notifications/policy} (INTEROP B8.2): a minimal policy that accepts every
 * notification and has nothing pending; Kakehashi filters none.
 */
@Path("/api/v2/notifications/policy")
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationPolicyResource {
    @GET
    @RequiresScope("read:notifications")
    public Map<String, Object> policy() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("for_not_following", "accept");
        p.put("for_not_followers", "accept");
        p.put("for_new_accounts", "accept");
        p.put("for_private_mentions", "accept");
        p.put("for_limited_accounts", "accept");
        p.put("summary", Map.of("pending_requests_count", 0, "pending_notifications_count", 0));
        return p;
    }
}
