package dev.kakehashi.store;

import dev.kakehashi.domain.ModerationBlock;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Actors and domains this site refuses (moderation_block), as admins set them. */
public final class BlockRepository {
    private final Transactions tx;

    public BlockRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Every block, newest first. */
    public List<ModerationBlock> all() {
        return Rows.list(
                tx.session(),
                "select id, kind, target, reason, created_at from moderation_block order by created_at desc, id desc",
                q -> q,
                BlockRepository::block);
    }

    /** The blocks of one kind in a range of ids (Mastodon's paging), in the range's order. */
    public List<ModerationBlock> inRange(String kind, IdRange range) {
        return Rows.list(
                tx.session(),
                "select id, kind, target, reason, created_at from moderation_block where kind = :k and "
                        + range.where("id") + range.order("id"),
                q -> q.setParameter("k", kind)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                BlockRepository::block);
    }

    public Optional<ModerationBlock> byId(long id) {
        return all().stream().filter(b -> b.id() == id).findFirst();
    }

    /** Adds the block; false when the same target is blocked already. */
    public boolean add(String kind, String target, String reason, Instant now) {
        return tx.session()
                        .createNativeMutationQuery("insert into moderation_block (id, kind, target, reason, created_at)"
                                + " values (:id, :k, :t, :r, :now) on conflict do nothing")
                        .setParameter("id", Snowflake.next())
                        .setParameter("k", kind)
                        .setParameter("t", target)
                        .setParameter("r", reason)
                        .setParameter("now", now)
                        .executeUpdate()
                > 0;
    }

    public void remove(long id) {
        tx.session()
                .createNativeMutationQuery("delete from moderation_block where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * The own inboxes of actors an admin blocked and of actors who block {@code localActor} (an open
     * Block report), as cached in remote_actor: read with the reports and the actor cache in one
     * statement, written by none of it.
     */
    public List<String> refusedInboxes(String localActor) {
        return tx.session()
                .createNativeQuery(
                        "select a.inbox from remote_actor a where a.uri in"
                                + " (select b.target from moderation_block b where b.kind = :actor)"
                                + " or a.uri in (select r.actor_uri from moderation_report r where r.kind = 'BLOCK'"
                                + " and r.resolved_at is null and r.local_actor = :l)",
                        String.class)
                .setParameter("actor", ModerationBlock.ACTOR)
                .setParameter("l", localActor)
                .getResultList();
    }

    private static ModerationBlock block(Rows.Row r) {
        return new ModerationBlock(
                r.lng("id"), r.str("kind"), r.str("target"), r.str("reason"), r.instant("created_at"));
    }
}
