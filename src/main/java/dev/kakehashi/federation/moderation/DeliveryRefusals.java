package dev.kakehashi.federation.moderation;

import dev.kakehashi.federation.delivery.Refusals;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.DeliveryBlocks;
import java.util.Set;

/**
 * Blocks as the fan-out sees them: a blocked domain gets nothing; an actor an admin blocked, or who
 * blocked the sending actor, gets nothing at its own inbox. A shared inbox is still used for the
 * others on that server: it is the remote server's job to filter there, as Mastodon does.
 */
public final class DeliveryRefusals implements Refusals {
    private final Blocklist blocklist;
    private final DeliveryBlocks blocks;

    public DeliveryRefusals(Blocklist blocklist, DeliveryBlocks blocks) {
        this.blocklist = blocklist;
        this.blocks = blocks;
    }

    @Override
    public boolean hostRefused(String host) {
        return blocklist.blocksHost(host);
    }

    /** Runs inside the fan-out's transaction. */
    @Override
    public Set<String> inboxesRefused(String actorRef) {
        return blocks.refusedInboxes(actorRef);
    }
}
