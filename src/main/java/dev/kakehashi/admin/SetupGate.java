package dev.kakehashi.admin;

import dev.kakehashi.service.AccountService;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Until the first account exists, every page leads to {@code /setup}, as in WordPress's install.
 * Once set up, the answer is remembered: accounts are never all deleted.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class SetupGate implements ContainerRequestFilter {
    private final AccountService accounts;
    private volatile boolean setUp;

    public SetupGate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (setUp) {
            return;
        }
        if (!accounts.needsSetup()) {
            setUp = true;
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("setup") || path.equals("health") || path.startsWith("theme/")) {
            return;
        }
        request.abortWith(Response.seeOther(URI.create("/setup")).build());
    }
}
