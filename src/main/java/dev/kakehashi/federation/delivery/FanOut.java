package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.service.queue.DeliveryQueue;
import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.OutboxRepository;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands queued activities into one delivery row per distinct inbox, in the transaction {@link
 * DeliveryQueue#fanOut} opens for each batch, so a crash half-way leaves it queued and the next run
 * redoes it.
 */
public final class FanOut {
    private static final Logger log = LoggerFactory.getLogger(FanOut.class);
    static final int BATCH = 20;

    private final DeliveryQueue queue;
    private final OutboxRepository outbox;
    private final DeliveryRepository deliveries;
    private final Audience audience;
    private final ActivityRenderer renderer;
    private final Clock clock;
    private final Refusals refusals;

    public FanOut(
            DeliveryQueue queue,
            OutboxRepository outbox,
            DeliveryRepository deliveries,
            Audience audience,
            ActivityRenderer renderer,
            Clock clock) {
        this(queue, outbox, deliveries, audience, renderer, clock, Refusals.NONE);
    }

    /** @param refusals hosts and inboxes that never get a delivery row (blocks) */
    public FanOut(
            DeliveryQueue queue,
            OutboxRepository outbox,
            DeliveryRepository deliveries,
            Audience audience,
            ActivityRenderer renderer,
            Clock clock,
            Refusals refusals) {
        this.refusals = refusals;
        this.queue = queue;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.audience = audience;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Expands what is due; returns how many delivery rows were added. */
    public int runOnce() {
        return queue.fanOut(BATCH, this::expand);
    }

    private int expand(OutboxRepository.Pending p) {
        // Rapid edits: only the newest queued Update of a post is sent, with the text as it is then.
        if (outbox.hasNewerPending(p) && p.type() == ActivityType.UPDATE) {
            outbox.markFannedOut(p.id(), null, true, clock.instant());
            return 0;
        }
        String body = p.body() != null ? p.body() : renderer.render(p).orElse(null);
        if (body == null) {
            outbox.markFannedOut(p.id(), null, true, clock.instant());
            return 0;
        }
        // The audience sees the body as sent: who it addresses decides who else gets it.
        Set<String> inboxes = p.targetInbox() != null
                ? Set.of(p.targetInbox())
                : audience.inboxesFor(new OutboxRepository.Pending(
                        p.id(), p.actorRef(), p.type(), p.objectUri(), p.postId(), body, p.targetInbox()));
        Map<String, String> byHost = new LinkedHashMap<>();
        Set<String> refused = refusals.inboxesRefused(p.actorRef());
        for (String inbox : inboxes) {
            String host = hostOf(inbox);
            if (host != null && !refusals.hostRefused(host) && !refused.contains(inbox)) {
                byHost.put(inbox, host);
            }
        }
        int added = deliveries.addAll(p.id(), byHost, clock.instant());
        outbox.markFannedOut(p.id(), body, false, clock.instant());
        log.info("{} {} fanned out to {} inbox(es)", p.type(), p.objectUri(), added);
        return added;
    }

    static String hostOf(String url) {
        try {
            String authority = URI.create(url).getRawAuthority();
            return authority == null ? null : authority.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
