package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Optional;

/** The QuoteAuthorization stamps granted for our posts (FEP-044f), one per quoting post. */
public final class QuoteAuthorizationRepository {
    /** A stamp: our post {@code postId} may be quoted by {@code quotingUri}, written by {@code actorUri}. */
    public record Stamp(long id, long postId, String quotingUri, String actorUri) {}

    private final Transactions tx;

    public QuoteAuthorizationRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The stamp for this quote, made now unless one exists: a repeated request gets the same stamp. */
    public Stamp grant(long postId, String quotingUri, String actorUri, Instant now) {
        Optional<Stamp> known = find("post_id = :p and quoting_uri = :q", postId, quotingUri);
        if (known.isPresent()) {
            return known.get();
        }
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into quote_authorization (id, post_id, quoting_uri, actor_uri,"
                        + " created_at) values (:id, :p, :q, :a, :now)")
                .setParameter("id", id)
                .setParameter("p", postId)
                .setParameter("q", quotingUri)
                .setParameter("a", actorUri)
                .setParameter("now", now)
                .executeUpdate();
        return new Stamp(id, postId, quotingUri, actorUri);
    }

    /** The stamp {@code id} of the post {@code postId}, if granted. */
    public Optional<Stamp> byId(long postId, long id) {
        return find("post_id = :p and id = :q", postId, id);
    }

    private Optional<Stamp> find(String where, long postId, Object second) {
        return Rows.list(
                        tx.session(),
                        "select id, post_id, quoting_uri, actor_uri from quote_authorization where " + where,
                        q -> q.setParameter("p", postId)
                                .setParameter("q", second)
                                .setMaxResults(1),
                        r -> new Stamp(r.lng("id"), r.lng("post_id"), r.str("quoting_uri"), r.str("actor_uri")))
                .stream()
                .findFirst();
    }
}
