package dev.kakehashi.service.queue;

import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.DeliveryRepository.Due;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.OutboxRepository.Pending;
import dev.kakehashi.store.RemoteHostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The delivery queue's units of work: expanding queued activities into delivery rows, claiming due
 * rows, writing what their attempts gave, and handing back rows never sent. How an activity is
 * rendered, who receives it and how an answer is judged are federation's; when they are kept is
 * decided here.
 */
public final class DeliveryQueue {
    /** What one attempt gave, as the retry policy judged it. */
    public sealed interface Result permits Delivered, Gone, Failed, Retry {
        Due due();
    }

    /** Accepted with this status. */
    public record Delivered(Due due, int status) implements Result {}

    /** 410 Gone: the row fails and the inbox's followers go. */
    public record Gone(Due due) implements Result {}

    /** Refused for good. */
    public record Failed(Due due, Integer status, String reason) implements Result {}

    /** Tried again at {@code at}; counts as a failure of its host. */
    public record Retry(Due due, Integer status, String reason, Instant at) implements Result {}

    private final Transactions tx;
    private final OutboxRepository outbox;
    private final DeliveryRepository deliveries;
    private final RemoteHostRepository hosts;
    private final Clock clock;

    public DeliveryQueue(
            Transactions tx,
            OutboxRepository outbox,
            DeliveryRepository deliveries,
            RemoteHostRepository hosts,
            Clock clock) {
        this.tx = tx;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.hosts = hosts;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due queued activities and hands each to {@code expand}, all in one
     * transaction: a crash half-way leaves them queued and the next run redoes them.
     *
     * @return the sum of what {@code expand} returned (the delivery rows added)
     */
    public int fanOut(int limit, ToIntFunction<Pending> expand) {
        return tx.call(() -> {
            int rows = 0;
            for (Pending p : outbox.claimDue(clock.instant(), limit)) {
                rows += expand.applyAsInt(p);
            }
            return rows;
        });
    }

    /** Claims up to {@code limit} due delivery rows for this node, hidden from the others for {@code lease}. */
    public List<Due> claim(Instant now, int limit, Duration lease, String node) {
        return tx.call(() -> deliveries.claimDue(now, limit, lease, node));
    }

    /** Rows claimed but never sent are due again at once. */
    public void release(List<Long> ids) {
        tx.run(() -> deliveries.release(ids));
    }

    /**
     * Writes {@code results} onto their rows in one transaction: the successes in one statement per
     * status and one for their hosts' health; each retry counts against its host, which is paused for
     * as long as {@code pauseAfter} says for its failures in a row.
     *
     * @param inboxGone told of each inbox that answered 410, in the same transaction
     * @param pauseAfter how long to pause a host after that many failures in a row, or empty
     */
    public void record(
            List<? extends Result> results,
            Instant now,
            Consumer<String> inboxGone,
            IntFunction<Optional<Duration>> pauseAfter) {
        tx.run(() -> {
            Map<Integer, List<Long>> delivered = new TreeMap<>();
            Set<String> healed = new HashSet<>();
            for (Result r : results) {
                Due d = r.due();
                if (r instanceof Delivered ok) {
                    delivered
                            .computeIfAbsent(ok.status(), k -> new ArrayList<>())
                            .add(d.id());
                    healed.add(d.host());
                } else if (r instanceof Gone) {
                    deliveries.markFailed(d.id(), 410, "HTTP 410 Gone: its followers were removed", now);
                    inboxGone.accept(d.inboxUrl());
                } else if (r instanceof Failed f) {
                    deliveries.markFailed(d.id(), f.status(), f.reason(), now);
                } else if (r instanceof Retry retry) {
                    deliveries.markRetry(d.id(), retry.status(), retry.reason(), retry.at(), now);
                    int failures = hosts.recordFailure(d.host(), retry.reason(), now);
                    pauseAfter.apply(failures).ifPresent(p -> hosts.pauseUntil(d.host(), now.plus(p)));
                }
            }
            delivered.forEach((status, ids) -> deliveries.markDelivered(ids, status, now));
            hosts.recordSuccess(healed, now);
        });
    }
}
