package dev.kakehashi.store;

import dev.kakehashi.domain.CommentStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hibernate.query.MutationQuery;

/**
 * {@link CommentRepository}'s writes of post_comment that change every comment of one actor or of
 * one domain at once: a block hides them and lifting it shows them again, a deleted account's are
 * deleted or anonymized. Reached through {@link CommentRepository#byActor}, in the caller's
 * transaction.
 */
public final class CommentsByActor {
    private final Transactions tx;

    CommentsByActor(Transactions tx) {
        this.tx = tx;
    }

    /** Tombstones every live comment of a remote actor; returns how many. */
    public int markDeletedByActor(String actorUri, Instant now) {
        return tx.session()
                .createNativeMutationQuery("update post_comment set deleted_at = :now, content_html = null,"
                        + " summary = null, attachments = null where actor_uri = :a and deleted_at is null")
                .setParameter("now", now)
                .setParameter("a", actorUri)
                .executeUpdate();
    }

    /** Keeps the text of a remote actor's comments but forgets who wrote them; returns how many. */
    public int anonymizeActor(String actorUri) {
        return tx.session()
                .createNativeMutationQuery("update post_comment set actor_uri = :anon, url = null where actor_uri = :a")
                .setParameter("anon", CommentRepository.ANONYMOUS_ACTOR)
                .setParameter("a", actorUri)
                .executeUpdate();
    }

    /** A block: the actor's published and held comments become HIDDEN; returns how many. */
    public int hideOfActor(String actorUri) {
        return hide("actor_uri = :a", q -> q.setParameter("a", actorUri));
    }

    /** A domain block: the published and held comments from the domain and its subdomains become HIDDEN. */
    public int hideOfDomain(String domain) {
        return hide(HostMatch.condition("actor_host", domain), q -> HostMatch.bind(q, domain));
    }

    /** The block is lifted: the actor's HIDDEN comments are PUBLISHED again; returns how many. */
    public int showOfActor(String actorUri) {
        return show("actor_uri = :a", q -> q.setParameter("a", actorUri));
    }

    /** The domain block is lifted: HIDDEN comments from the domain and its subdomains are PUBLISHED again. */
    public int showOfDomain(String domain) {
        return show(HostMatch.condition("actor_host", domain), q -> HostMatch.bind(q, domain));
    }

    private int hide(String who, UnaryOperator<MutationQuery> bind) {
        return bind.apply(tx.session()
                        .createNativeMutationQuery(
                                "update post_comment set status = :hidden where " + who + " and status in (:from)")
                        .setParameter("hidden", CommentStatus.HIDDEN.name())
                        .setParameterList(
                                "from", List.of(CommentStatus.PUBLISHED.name(), CommentStatus.PENDING.name())))
                .executeUpdate();
    }

    private int show(String who, UnaryOperator<MutationQuery> bind) {
        return bind.apply(tx.session()
                        .createNativeMutationQuery(
                                "update post_comment set status = :shown where " + who + " and status = :hidden")
                        .setParameter("shown", CommentStatus.PUBLISHED.name())
                        .setParameter("hidden", CommentStatus.HIDDEN.name()))
                .executeUpdate();
    }
}
