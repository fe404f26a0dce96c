package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.event.AccountUpdated;
import dev.kakehashi.domain.event.BlogActorUpdated;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.MoveOut;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELD = "target";

    private final Transactions tx;
    private final AccountRepository accounts;
    private final SiteService site;
    private final RemoteActorRepository actorCache;
    private final RemoteTargets targets;
    private final RemoteActorService remoteActors;
    private final OutboxRepository outbox;
    private final ActorIds ids;
    private final EventBus events;
    private final Runnable deliveryKick;
    private final Clock clock;

    public MoveOutService(
            Transactions tx,
            AccountRepository accounts,
            SiteService site,
            WebFingerClient webFinger,
            RemoteActorService remoteActors,
            OutboxRepository outbox,
            ActorIds ids,
            EventBus events,
            Runnable deliveryKick,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.site = site;
        this.actorCache = new RemoteActorRepository(tx);
        this.targets = new RemoteTargets(webFinger, remoteActors, ids);
        this.remoteActors = remoteActors;
        this.outbox = outbox;
        this.ids = ids;
        this.events = events;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    @Override
    public Moved moveTo(long accountId, String target) {
        Instant last = tx.call(() -> accounts.byId(accountId)
                .orElseThrow(() -> ServiceException.notFound("Account"))
                .movedAt());
        return move(ActorRef.author(accountId), last, target);
    }

    @Override
    public Moved moveBlogTo(String target) {
        return move(ActorRef.BLOG, site.blogMovedAt(), target);
    }

    private Moved move(ActorRef me, Instant lastMove, String target) {
        Instant now = clock.instant();
        if (lastMove != null && lastMove.plus(COOLDOWN).isAfter(now)) {
            throw InvalidInputException.of(
                    FIELD,
                    "This account moved on " + day(lastMove) + "; it can move again from "
                            + day(lastMove.plus(COOLDOWN)) + " (30 days after a move, as on Mastodon).");
        }
        String myId = ids.actor(me);
        RemoteActor found = targets.resolve(target);
        RemoteActorService.Aliased fresh;
        try {
            fresh = remoteActors.refreshWithAliases(found.uri());
        } catch (RemoteFetchException e) {
            throw RemoteTargets.unreachable(e);
        }
        RemoteActor next = fresh.actor();
        if (!fresh.alsoKnownAs().contains(myId)) {
            throw InvalidInputException.of(
                    FIELD,
                    "@" + next.acct() + " does not list this account in alsoKnownAs yet. Add " + myId
                            + " as an alias (\"Moving from a different account\") there first, then try again.");
        }
        tx.run(() -> {
            if (me.kind() == ActorRef.Kind.BLOG) {
                site.setBlogMovedTo(next.uri(), now);
                events.raise(tx, new BlogActorUpdated());
            } else {
                Account a = accounts.byId(me.accountId()).orElseThrow(() -> ServiceException.notFound("Account"));
                a.changeMovedTo(next.uri(), now);
                events.raise(tx, new AccountUpdated(me.accountId()));
            }
            outbox.add(me.key(), ActivityType.MOVE, myId, null, moveJson(me, myId, next.uri()), null, now, now);
            tx.afterCommit(deliveryKick);
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

    private String moveJson(ActorRef me, String myId, String target) {
        ObjectNode move = JSON.createObjectNode();
        move.put("@context", Contexts.ACTIVITYSTREAMS);
        // A fresh id per move: moving, staying and moving again are separate activities.
        move.put("id", ids.activity(me, ActivityType.MOVE));
        move.put("type", ActivityType.MOVE.asName());
        move.put("actor", myId);
        move.put("object", myId);
        move.put("target", target);
        move.putArray("to").add(ids.followers(me));
        return move.toString();
    }
}
