package dev.kakehashi.service.signin;

import dev.kakehashi.domain.WebSession;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.SessionRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The list of one's signed-in browsers, signing one or all the others out, and "last seen". */
public final class SessionService {
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** One signed-in browser as the profile lists it; {@code id} is not the cookie nor its hash. */
    public record SessionView(
            String id, String browser, String ip, Instant createdAt, Instant lastSeenAt, boolean current) {}

    private final Transactions tx;
    private final SessionRepository sessions;
    private final Clock clock;

    public SessionService(Transactions tx, SessionRepository sessions, Clock clock) {
        this.tx = tx;
        this.sessions = sessions;
        this.clock = clock;
    }

    public List<SessionView> list(long accountId, String currentTokenHash) {
        return tx.call(() -> sessions.activeOf(accountId, clock.instant()).stream()
                .map(s -> new SessionView(
                        publicId(s),
                        UserAgents.describe(s.userAgent()),
                        s.remoteIp() == null ? "unknown" : s.remoteIp(),
                        s.createdAt(),
                        s.lastSeenAt(),
                        s.tokenHash().equals(currentTokenHash)))
                .toList());
    }

    /** Signs one of one's own sessions out; 404 if the id is none of them. */
    public void signOut(long accountId, String id) {
        tx.run(() -> {
            WebSession s = sessions.activeOf(accountId, clock.instant()).stream()
                    .filter(x -> publicId(x).equals(id))
                    .findFirst()
                    .orElseThrow(() -> ServiceException.notFound("Session"));
            sessions.remove(s.tokenHash());
        });
    }

    public void signOutOthers(long accountId, String currentTokenHash) {
        tx.run(() -> sessions.removeAllOfExcept(accountId, currentTokenHash));
    }

    public void touch(String tokenHash) {
        Instant now = clock.instant();
        tx.run(() -> sessions.touch(tokenHash, now, now.minus(TOUCH_EVERY)));
    }

    private static String publicId(WebSession s) {
        return AuthService.hash("session-id:" + s.tokenHash()).substring(0, 20);
    }
}
