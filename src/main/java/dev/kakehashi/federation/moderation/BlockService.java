package dev.kakehashi.federation.moderation;

import dev.kakehashi.domain.BlockedDomain;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.remote.Jrd;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.service.BlockAdmin;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.BlockEffectRepository;
import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.Transactions;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin blocks and their effects, each block in one unit of work: the block row, followers
 * removed, waiting deliveries cancelled and comments hidden commit together or not at all.
 */
public final class BlockService implements BlockAdmin {
    private static final Logger log = LoggerFactory.getLogger(BlockService.class);
    static final int REASON_MAX = 500;

    private final Transactions tx;
    private final BlockRepository blocks;
    private final BlockEffectRepository effects;
    private final FollowerRepository followers;
    private final Blocklist blocklist;
    private final WebFingerClient webFinger;
    private final RemoteActorService remoteActors;
    private final ActorIds ids;
    private final Clock clock;

    public BlockService(
            Transactions tx,
            BlockRepository blocks,
            BlockEffectRepository effects,
            FollowerRepository followers,
            Blocklist blocklist,
            WebFingerClient webFinger,
            RemoteActorService remoteActors,
            ActorIds ids,
            Clock clock) {
        this.tx = tx;
        this.blocks = blocks;
        this.effects = effects;
        this.followers = followers;
        this.blocklist = blocklist;
        this.webFinger = webFinger;
        this.remoteActors = remoteActors;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<Row> list() {
        return tx.call(() -> blocks.all().stream()
                .map(b -> new Row(b.id(), b.domain(), b.target(), b.reason(), b.createdAt()))
                .toList());
    }

    @Override
    public List<Row> page(boolean domain, IdRange range) {
        return tx.call(() -> blocks.inRange(domain ? BlockRepository.DOMAIN : BlockRepository.ACTOR, range).stream()
                .map(b -> new Row(b.id(), b.domain(), b.target(), b.reason(), b.createdAt()))
                .toList());
    }

    @Override
    public Effect blockActor(String typed, String reason) {
        String why = reason(reason);
        String typedUri = actorUri(typed);
        // Its id as its server states it (a profile URL leads to the actor) and its own inbox, to
        // cancel what waits for it; a block must work even when its server is down.
        String resolvedUri = typedUri;
        String inbox = null;
        try {
            RemoteActor actor = remoteActors.resolve(typedUri);
            resolvedUri = actor.uri();
            inbox = actor.inbox();
        } catch (RemoteFetchException e) {
            log.info("Blocking {} without its profile: {}", typedUri, e.getMessage());
        }
        String actorUri = resolvedUri;
        String ownInbox = inbox;
        Effect effect = tx.call(() -> {
            if (!blocks.add(BlockRepository.ACTOR, actorUri, why, clock.instant())) {
                throw ServiceException.conflict(actorUri + " is blocked already.");
            }
            int removed = followers.removeByActor(actorUri);
            int hidden = effects.hideCommentsOfActor(actorUri);
            int cancelled = ownInbox == null ? 0 : effects.cancelDeliveriesToInbox(ownInbox, clock.instant());
            return new Effect(actorUri, removed, hidden, cancelled);
        });
        blocklist.forget();
        log.info("Blocked actor {}: {}", actorUri, effect);
        return effect;
    }

    @Override
    public Effect blockDomain(String typed, String reason) {
        String why = reason(reason);
        String domain = BlockedDomain.normalize(typed)
                .orElseThrow(() -> InvalidInputException.of("domain", "Type a domain like spam.example."));
        if (BlockedDomain.covers(domain, ids.links().authority())) {
            throw InvalidInputException.of("domain", "That is this blog's own domain.");
        }
        Effect effect = tx.call(() -> {
            if (!blocks.add(BlockRepository.DOMAIN, domain, why, clock.instant())) {
                throw ServiceException.conflict(domain + " is blocked already.");
            }
            int removed = 0;
            for (Follower f : followers.all()) {
                if (onDomain(domain, f)) {
                    removed += followers.remove(f.id());
                }
            }
            int hidden = effects.hideCommentsOfDomain(domain);
            int cancelled = effects.cancelDeliveriesToDomain(domain, clock.instant());
            return new Effect(domain, removed, hidden, cancelled);
        });
        blocklist.forget();
        log.info("Blocked domain {}: {}", domain, effect);
        return effect;
    }

    @Override
    public void lift(long id) {
        tx.run(() -> {
            BlockRepository.Block block = blocks.byId(id).orElseThrow(() -> ServiceException.notFound("Block"));
            blocks.remove(id);
            if (block.domain()) {
                effects.showCommentsOfDomain(block.target());
            } else {
                effects.showCommentsOfActor(block.target());
            }
            // What another block still covers (an actor on a lifted domain) stays hidden.
            for (BlockRepository.Block other : blocks.all()) {
                if (other.domain()) {
                    effects.hideCommentsOfDomain(other.target());
                } else {
                    effects.hideCommentsOfActor(other.target());
                }
            }
            log.info("Lifted the block of {}", block.target());
        });
        blocklist.forget();
    }

    private static boolean onDomain(String domain, Follower f) {
        return BlockedDomain.covers(domain, BlockedDomain.authorityOf(f.remoteActorUri()))
                || BlockedDomain.covers(domain, BlockedDomain.authorityOf(f.remoteInbox()))
                || (f.remoteSharedInbox() != null
                        && BlockedDomain.covers(domain, BlockedDomain.authorityOf(f.remoteSharedInbox())));
    }

    private static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "The reason is longer than " + REASON_MAX + " characters.");
        }
        return r.isEmpty() ? null : r;
    }

    private String actorUri(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("actor", "Type a handle like @spammer@spam.example or a profile URL.");
        }
        String uri = text.startsWith("https://") || text.startsWith("http://") ? checkedUrl(text) : viaWebFinger(text);
        if (ids.isOurs(uri)) {
            throw InvalidInputException.of("actor", "That account is on this blog.");
        }
        return uri;
    }

    private static String checkedUrl(String text) {
        try {
            URI u = new URI(text);
            if (u.getHost() == null || text.length() > 2048) {
                throw new IllegalArgumentException();
            }
            return u.toString();
        } catch (Exception e) {
            throw InvalidInputException.of("actor", "\"" + text + "\" is not a valid URL.");
        }
    }

    private String viaWebFinger(String handle) {
        WebFingerClient.Handle h = WebFingerClient.parseHandle(handle)
                .orElseThrow(() -> InvalidInputException.of(
                        "actor", "\"" + handle + "\" is not a handle; type it like @spammer@spam.example."));
        Jrd jrd;
        try {
            jrd = webFinger.lookup(h);
        } catch (RemoteFetchException e) {
            if (e.reason() == RemoteFetchException.Reason.NOT_FOUND) {
                throw InvalidInputException.of("actor", "No account " + handle + " was found on that server.");
            }
            if (e.reason() == RemoteFetchException.Reason.BLOCKED) {
                throw InvalidInputException.of(
                        "actor",
                        handle + " cannot be looked up (its domain is blocked, or not an address we contact);"
                                + " type its profile URL instead.");
            }
            throw new ServiceException(
                    502,
                    "The server of " + handle + " could not be asked: " + e.getMessage() + ". Try its profile URL.");
        }
        return jrd.actor()
                .map(URI::toString)
                .orElseThrow(() -> InvalidInputException.of("actor", handle + " has no ActivityPub account."));
    }
}
