package dev.kakehashi.store;

import dev.kakehashi.domain.DeliveryState;
import java.time.Instant;

/**
 * What a block does to rows other features own: comments hidden (and shown again when lifted), and
 * deliveries still waiting cancelled. One place, so a block's effects are one unit of work; the
 * comments' statements are {@link CommentRepository}'s, run in the caller's transaction.
 */
public final class BlockEffectRepository {
    static final String BLOCKED = "blocked";

    private final Transactions tx;
    private final CommentRepository comments;

    public BlockEffectRepository(Transactions tx) {
        this.tx = tx;
        this.comments = new CommentRepository(tx);
    }

    /** Published and held comments of the actor become HIDDEN; returns how many. */
    public int hideCommentsOfActor(String actorUri) {
        return comments.hideOfActor(actorUri);
    }

    /** Published and held comments from the domain (and its subdomains) become HIDDEN. */
    public int hideCommentsOfDomain(String domain) {
        return comments.hideOfDomain(domain);
    }

    /** The block is lifted: the actor's HIDDEN comments are PUBLISHED again. */
    public int showCommentsOfActor(String actorUri) {
        return comments.showOfActor(actorUri);
    }

    public int showCommentsOfDomain(String domain) {
        return comments.showOfDomain(domain);
    }

    /** Deliveries still waiting for hosts of the domain fail for good, with the error "blocked". */
    public int cancelDeliveriesToDomain(String domain, Instant now) {
        var q = tx.session()
                .createNativeMutationQuery("update delivery set state = :failed, last_error = :e, leased_until = null,"
                        + " updated_at = :now where state = :pending and " + HostMatch.condition("host", domain))
                .setParameter("failed", DeliveryState.FAILED.name())
                .setParameter("pending", DeliveryState.PENDING.name())
                .setParameter("e", BLOCKED)
                .setParameter("now", now);
        return HostMatch.bind(q, domain).executeUpdate();
    }

    /** Deliveries still waiting for one inbox (a blocked actor's own) fail for good. */
    public int cancelDeliveriesToInbox(String inboxUrl, Instant now) {
        return tx.session()
                .createNativeMutationQuery("update delivery set state = :failed, last_error = :e, leased_until = null,"
                        + " updated_at = :now where state = :pending and inbox_url = :i")
                .setParameter("failed", DeliveryState.FAILED.name())
                .setParameter("pending", DeliveryState.PENDING.name())
                .setParameter("e", BLOCKED)
                .setParameter("now", now)
                .setParameter("i", inboxUrl)
                .executeUpdate();
    }

    /**
     * The own inboxes of actors an admin blocked and of actors who block {@code localActor} (an open
     * Block report), as cached in remote_actor.
     */
    public java.util.List<String> refusedInboxes(String localActor) {
        return tx.session()
                .createNativeQuery(
                        "select a.inbox from remote_actor a where a.uri in"
                                + " (select b.target from moderation_block b where b.kind = 'ACTOR')"
                                + " or a.uri in (select r.actor_uri from moderation_report r where r.kind = 'BLOCK'"
                                + " and r.resolved_at is null and r.local_actor = :l)",
                        String.class)
                .setParameter("l", localActor)
                .getResultList();
    }
}
