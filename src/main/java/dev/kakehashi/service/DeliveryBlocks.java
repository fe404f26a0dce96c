package dev.kakehashi.service;

import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.Transactions;
import java.util.HashSet;
import java.util.Set;

/**
 * The inboxes blocks keep our activities from: the own inboxes of actors an admin blocked, and of
 * actors who block the sending actor (an open Block report). Domain blocks are {@link Blocklist}'s.
 */
public final class DeliveryBlocks {
    private final Transactions tx;
    private final BlockRepository blocks;

    public DeliveryBlocks(Transactions tx, BlockRepository blocks) {
        this.tx = tx;
        this.blocks = blocks;
    }

    /** The inboxes refused to our actor {@code actorKey}; joins the caller's transaction (the fan-out's). */
    public Set<String> refusedInboxes(String actorKey) {
        return tx.call(() -> new HashSet<>(blocks.refusedInboxes(actorKey)));
    }
}
