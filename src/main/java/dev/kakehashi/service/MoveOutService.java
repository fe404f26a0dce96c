package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.event.AccountUpdated;
import dev.kakehashi.domain.event.BlogActorUpdated;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An author or the blog actor moves out (FEP-7628, INTEROP A9.13): unless it moved within the
 * cooldown, the new account is resolved and fetched afresh (outside any transaction); only when it
 * lists our actor in {@code alsoKnownAs} is {@code movedTo} stored and a {@code Move{actor: us,
 * object: us, target: new}} queued for every follower of that actor, with the actor's Update, in
 * one transaction; delivery then retries as for any activity.
 */
public final class MoveOutService implements MoveOut {
    private static final Logger log = LoggerFactory.getLogger(MoveOutService.class);
    private static final String FIELD = "target";

    /** The federation side of a move: our actor's id, the new account as fetched now, the Move. */
    public interface Protocol {
        /** Our actor's id (its URL). */
        String actorId(ActorKey me);

        /**
         * The account typed as {@code @user@host} or a URL, fetched afresh (never a cached copy).
         *
         * @throws InvalidInputException 422 on {@code target} for a bad or unknown handle
         * @throws ServiceException 502 when its server cannot be reached
         */
        Target fetch(String typed);

        /** The Move of {@code me} to {@code target}, addressed to its followers, as JSON. */
        String move(ActorKey me, String target);
    }

    /** The new account: its id, its {@code user@host}, and the former accounts it names. */
    public record Target(String uri, String acct, List<String> alsoKnownAs) {}

    private final Transactions tx;
    private final AccountRepository accounts;
    private final RemoteActorRepository actorCache;
    private final SiteService site;
    private final Protocol protocol;
    private final OutboxService outbox;
    private final EventBus events;
    private final Clock clock;

    public MoveOutService(
            Transactions tx,
            AccountRepository accounts,
            RemoteActorRepository actorCache,
            SiteService site,
            Protocol protocol,
            OutboxService outbox,
            EventBus events,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.actorCache = actorCache;
        this.site = site;
        this.protocol = protocol;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Moved moveTo(long accountId, String target) {
        Instant last = tx.call(() -> accounts.byId(accountId)
                .orElseThrow(() -> ServiceException.notFound("Account"))
                .movedAt());
        return move(ActorKey.author(accountId), last, target);
    }

    @Override
    public Moved moveBlogTo(String target) {
        return move(ActorKey.BLOG, site.blogMovedAt(), target);
    }

    private Moved move(ActorKey me, Instant lastMove, String target) {
        Instant now = clock.instant();
        if (lastMove != null && lastMove.plus(COOLDOWN).isAfter(now)) {
            throw InvalidInputException.of(
                    FIELD,
                    "This account moved on " + day(lastMove) + "; it can move again from "
                            + day(lastMove.plus(COOLDOWN)) + " (30 days after a move, as on Mastodon).");
        }
        String myId = protocol.actorId(me);
        Target next = protocol.fetch(target);
        if (!next.alsoKnownAs().contains(myId)) {
            throw InvalidInputException.of(
                    FIELD,
                    "@" + next.acct() + " does not list this account in alsoKnownAs yet. Add " + myId
                            + " as an alias (\"Moving from a different account\") there first, then try again.");
        }
        tx.run(() -> {
            if (me.kind() == ActorKey.Kind.BLOG) {
                site.setBlogMovedTo(next.uri(), now);
                events.raise(tx, new BlogActorUpdated());
            } else {
                Account a = accounts.byId(me.accountId()).orElseThrow(() -> ServiceException.notFound("Account"));
                a.changeMovedTo(next.uri(), now);
                events.raise(tx, new AccountUpdated(me.accountId()));
            }
            outbox.queue(new OutboxService.Outbound(
                    me.text(), ActivityType.MOVE, myId, null, protocol.move(me, next.uri()), null));
        });
        log.info("{} moved to {}", myId, next.uri());
        return new Moved(next.uri(), "@" + next.acct());
    }

    @Override
    public void stay(long accountId) {
        tx.run(() -> {
            Account a = accounts.byId(accountId).orElseThrow(() -> ServiceException.notFound("Account"));
            if (a.movedTo() != null) {
                a.changeMovedTo(null, clock.instant());
                events.raise(tx, new AccountUpdated(accountId));
            }
        });
    }

    @Override
    public Optional<Moved> movedTo(long accountId) {
        return tx.call(() -> accounts.byId(accountId).map(Account::movedTo).map(this::moved));
    }

    @Override
    public void blogStays() {
        tx.run(() -> {
            if (site.blogMovedTo() != null) {
                site.setBlogMovedTo(null, clock.instant());
                events.raise(tx, new BlogActorUpdated());
            }
        });
    }

    @Override
    public Optional<Moved> blogMovedTo() {
        return tx.call(() -> Optional.ofNullable(site.blogMovedTo()).map(this::moved));
    }

    private Moved moved(String uri) {
        return new Moved(uri, actorCache.byUri(uri).map(a -> "@" + a.acct()).orElse(uri));
    }

    private static String day(Instant t) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC)
                .format(t);
    }
}
