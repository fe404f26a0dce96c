package dev.kakehashi.service;

import dev.kakehashi.domain.AccountMute;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.MuteRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An author muting remote accounts: their posts leave the author's home timeline, and their
 * notifications too when asked, for a while or for good. Only the author sees a mute; nothing is
 * sent to the muted account's server.
 */
public final class MuteService {
    private static final Logger log = LoggerFactory.getLogger(MuteService.class);
    /** A hundred years at most, so a typo cannot overflow a timestamp. */
    static final long MAX_SECONDS = Duration.ofDays(365 * 100).toSeconds();

    /** One live mute, with the account muted. */
    public record Muted(long pageId, RemoteActor actor, boolean hideNotifications, Instant expiresAt) {}

    private final Transactions tx;
    private final MuteRepository mutes;
    private final RemoteActorRepository actors;
    private final Clock clock;

    public MuteService(Transactions tx, MuteRepository mutes, RemoteActorRepository actors, Clock clock) {
        this.tx = tx;
        this.mutes = mutes;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Mutes remote account {@code id} for the author; again changes the flag and the end.
     *
     * @param seconds how long; 0 for good
     * @throws ServiceException 404 when {@code id} names no remote account
     * @throws InvalidInputException 422 for a negative duration
     */
    public void mute(long accountId, long id, boolean hideNotifications, long seconds) {
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw InvalidInputException.of("duration", "Duration must be 0 (for good) or a number of seconds");
        }
        Instant now = clock.instant();
        tx.run(() -> {
            RemoteActor a = actors.byId(id).orElseThrow(() -> ServiceException.notFound("Account"));
            mutes.put(accountId, a.uri(), hideNotifications, seconds == 0 ? null : now.plusSeconds(seconds), now);
            log.info("account:{} muted {} (notifications {})", accountId, a.uri(), hideNotifications);
        });
    }

    /** Whether the author mutes the actor {@code actorUri} now. */
    public boolean isMuted(long accountId, String actorUri) {
        return tx.call(
                () -> mutes.of(accountId, List.of(actorUri), clock.instant()).containsKey(actorUri));
    }

    /** Lifts the author's mute of remote account {@code id}, if any; 404 when the id names none. */
    public void unmute(long accountId, long id) {
        tx.run(() -> {
            RemoteActor a = actors.byId(id).orElseThrow(() -> ServiceException.notFound("Account"));
            mutes.remove(accountId, a.uri());
        });
    }

    /** The author's live mutes in a range of mute ids, newest first; accounts no longer cached are left out. */
    public <T> T page(long accountId, IdRange range, Function<List<Muted>, T> view) {
        return tx.call(() -> {
            List<AccountMute> page = mutes.page(accountId, range, clock.instant());
            Map<String, RemoteActor> known = actors
                    .byUris(page.stream().map(AccountMute::actorUri).toList())
                    .stream()
                    .collect(Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a));
            return view.apply(page.stream()
                    .filter(m -> known.containsKey(m.actorUri()))
                    .map(m -> new Muted(m.id(), known.get(m.actorUri()), m.hideNotifications(), m.expiresAt()))
                    .toList());
        });
    }
}
