package dev.kakehashi.federation.moderation;

import dev.kakehashi.federation.delivery.Refusals;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.store.BlockEffectRepository;
import java.util.HashSet;
import java.util.Set;

/**
 * Blocks as the fan-out sees them: a blocked domain gets nothing; an actor an admin blocked, or who
 * blocked the sending actor, gets nothing at its own inbox. A shared inbox is still used for the
 * others on that server: it is the remote server's job to filter there, as Mastodon does.
 */
public final class DeliveryRefusals implements Refusals {
    private final Blocklist blocklist;
    private final BlockEffectRepository effects;

    public DeliveryRefusals(Blocklist blocklist, BlockEffectRepository effects) {
        this.blocklist = blocklist;
        this.effects = effects;
    }

    @Override
    public boolean hostRefused(String host) {
        return blocklist.blocksHost(host);
    }

    /** Runs inside the fan-out's transaction. */
    @Override
    public Set<String> inboxesRefused(String actorRef) {
        return new HashSet<>(effects.refusedInboxes(actorRef));
    }
}
