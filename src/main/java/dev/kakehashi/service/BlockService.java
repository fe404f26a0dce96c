package dev.kakehashi.service;

import dev.kakehashi.domain.BlockedDomain;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.domain.ModerationBlock;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin blocks and their effects, for the admin, the Mastodon API and the blocks import alike, each
 * block in one unit of work: the block row, followers removed, waiting deliveries cancelled and
 * comments hidden commit together or not at all.
 */
public final class BlockService implements BlockAdmin {
    private static final Logger log = LoggerFactory.getLogger(BlockService.class);
    static final int REASON_MAX = 500;
    /** The error a delivery cancelled by a block fails with. */
    static final String BLOCKED = "blocked";

    /** Finds the actor a typed handle or URL names; implemented by the federation layer, over the network. */
    public interface Targets {
        /**
         * The actor typed as {@code @user@host} or a URL: its id as its server states it, and its own
         * inbox (null when its server could not be asked: a block must work when it is down).
         *
         * @throws InvalidInputException 422 on field {@code actor} for what cannot be a remote actor
         * @throws ServiceException 502 when a handle's server cannot be asked
         */
        Target actor(String typed);
    }

    /** An actor to block: its id, and its inbox when known. */
    public record Target(String uri, String inbox) {}

    private final Transactions tx;
    private final BlockRepository blocks;
    private final CommentRepository comments;
    private final DeliveryRepository deliveries;
    private final FollowerRepository followers;
    private final Blocklist blocklist;
    private final Targets targets;
    private final Links links;
    private final Clock clock;

    public BlockService(
            Transactions tx,
            BlockRepository blocks,
            CommentRepository comments,
            DeliveryRepository deliveries,
            FollowerRepository followers,
            Blocklist blocklist,
            Targets targets,
            Links links,
            Clock clock) {
        this.tx = tx;
        this.blocks = blocks;
        this.comments = comments;
        this.deliveries = deliveries;
        this.followers = followers;
        this.blocklist = blocklist;
        this.targets = targets;
        this.links = links;
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
        return tx.call(() -> blocks.inRange(domain ? ModerationBlock.DOMAIN : ModerationBlock.ACTOR, range).stream()
                .map(b -> new Row(b.id(), b.domain(), b.target(), b.reason(), b.createdAt()))
                .toList());
    }

    @Override
    public Effect blockActor(String typed, String reason) {
        String why = reason(reason);
        // Resolved before the transaction: a network call must not hold a database connection.
        Target target = targets.actor(typed);
        String actorUri = target.uri();
        Effect effect = tx.call(() -> {
            if (!blocks.add(ModerationBlock.ACTOR, actorUri, why, clock.instant())) {
                throw ServiceException.conflict(actorUri + " is blocked already.");
            }
            int removed = followers.removeByActor(actorUri);
            int hidden = comments.byActor().hideOfActor(actorUri);
            int cancelled = target.inbox() == null
                    ? 0
                    : deliveries.cancelWaitingToInbox(target.inbox(), BLOCKED, clock.instant());
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
        if (BlockedDomain.covers(domain, links.authority())) {
            throw InvalidInputException.of("domain", "That is this blog's own domain.");
        }
        Effect effect = tx.call(() -> {
            if (!blocks.add(ModerationBlock.DOMAIN, domain, why, clock.instant())) {
                throw ServiceException.conflict(domain + " is blocked already.");
            }
            int removed = 0;
            for (Follower f : followers.all()) {
                if (onDomain(domain, f)) {
                    removed += followers.remove(f.id());
                }
            }
            int hidden = comments.byActor().hideOfDomain(domain);
            int cancelled = deliveries.cancelWaitingToDomain(domain, BLOCKED, clock.instant());
            return new Effect(domain, removed, hidden, cancelled);
        });
        blocklist.forget();
        log.info("Blocked domain {}: {}", domain, effect);
        return effect;
    }

    @Override
    public void lift(long id) {
        tx.run(() -> {
            ModerationBlock block = blocks.byId(id).orElseThrow(() -> ServiceException.notFound("Block"));
            blocks.remove(id);
            if (block.domain()) {
                comments.byActor().showOfDomain(block.target());
            } else {
                comments.byActor().showOfActor(block.target());
            }
            // What another block still covers (an actor on a lifted domain) stays hidden.
            for (ModerationBlock other : blocks.all()) {
                if (other.domain()) {
                    comments.byActor().hideOfDomain(other.target());
                } else {
                    comments.byActor().hideOfActor(other.target());
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
}
