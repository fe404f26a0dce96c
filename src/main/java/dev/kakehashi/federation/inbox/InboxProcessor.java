package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.InboxState;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.queue.InboxQueue;
import dev.kakehashi.store.InboxRepository.Received;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands stored activities to their handlers and records each outcome: PROCESSED, IGNORED (no
 * handler), REJECTED (with the reason; a service's 4xx is one, see {@link #refused}), or after {@link
 * #MAX_ATTEMPTS} failures FAILED. A row is never dropped; a failing handler never stops the others.
 * A handled row is marked PROCESSED in the handler's own transaction, which {@link InboxQueue}
 * opens (one commit: the outcome and what the handler wrote are kept together or not at all); a
 * claimed batch is spread over {@link InboxLanes}, one actor per lane.
 *
 * <p>Each lane handles its rows {@link #GROUP} at a time in one transaction, with one statement to
 * mark them all: one commit (a WAL flush on PostgreSQL) for the group, not one per row. When any row
 * of a group fails, is rejected, has no handler or comes from a blocked actor, the whole group is
 * rolled back and its rows are handled one by one as above, so every outcome is the one a row
 * handled alone would have had.
 */
public final class InboxProcessor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);
    static final int MAX_ATTEMPTS = 3;
    private static final int BATCH = 50;
    /** At most how many rows of a lane share one transaction. */
    static final int GROUP = 16;
    /** How long a claimed batch stays hidden from other nodes: far longer than it takes to handle. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How long a failed row waits before it is tried again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InboxQueue queue;
    private final InboxHandlers handlers;
    private final java.util.function.Predicate<String> blockedActor;
    private final InboxLanes lanes;

    public InboxProcessor(InboxQueue queue, InboxHandlers handlers) {
        this(queue, handlers, actor -> false, 1);
    }

    /**
     * @param blockedActor true for an actor blocked since its activity was stored: the row is rejected
     *     unhandled
     * @param lanes how many rows are handled at once (rows of one actor never are)
     */
    public InboxProcessor(
            InboxQueue queue, InboxHandlers handlers, java.util.function.Predicate<String> blockedActor, int lanes) {
        this.queue = queue;
        this.handlers = handlers;
        this.blockedActor = blockedActor;
        this.lanes = new InboxLanes(lanes);
    }

    /**
     * Processes everything waiting that no other node has claimed; a failed row waits {@link
     * #RETRY_AFTER} before a later call tries it again.
     *
     * @return how many rows were handled
     */
    public int drain() {
        int handled = 0;
        while (true) {
            List<Received> batch = queue.claim(BATCH, LEASE);
            if (batch.isEmpty()) {
                return handled;
            }
            lanes.runLanes(batch, this::processLane);
            handled += batch.size();
        }
    }

    /** Stops the lanes after the batch under way. */
    @Override
    public void close() {
        lanes.close();
    }

    /** The rows of one lane, in order: in groups when they all go well, else one by one. */
    void processLane(List<Received> lane) {
        for (int from = 0; from < lane.size(); from += GROUP) {
            List<Received> group = lane.subList(from, Math.min(lane.size(), from + GROUP));
            if (group.size() == 1 || !processTogether(group)) {
                group.forEach(this::process);
            }
        }
    }

    /**
     * Handles every row of {@code group} in one transaction and marks them all PROCESSED; false, with
     * nothing kept, when any row cannot be handled so (its outcome is then recorded row by row).
     */
    private boolean processTogether(List<Received> group) {
        try {
            queue.handleTogether(group, row -> {
                ReceivedActivity activity = parsedInGroup(row);
                Optional<InboxHandler> handler = handlers.forActivity(row.type(), activity.json());
                if (handler.isEmpty() || blockedActor.test(row.actorUri())) {
                    throw new NotTogether();
                }
                handler.get().handle(activity);
            });
            return true;
        } catch (RuntimeException e) {
            log.debug("A group of {} inbox rows is handled row by row: {}", group.size(), e.toString());
            return false;
        }
    }

    /** A row that a group cannot take (no handler, a blocked actor): the group goes row by row. */
    private static final class NotTogether extends RuntimeException {
        NotTogether() {
            super("a row needs handling on its own", null, false, false);
        }
    }

    /** The row's activity, its JSON parsed (the one place a stored body is read). */
    private static ReceivedActivity parsed(Received row) throws IOException {
        return new ReceivedActivity(
                row.id(), row.activityId(), row.type(), row.actorUri(), row.recipient(), JSON.readTree(row.body()));
    }

    /** As {@link #parsed}; a body that does not parse sends the group row by row, where its error is kept. */
    private static ReceivedActivity parsedInGroup(Received row) {
        try {
            return parsed(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How a row ends when its handling threw: its new state and the error kept with it. */
    record Outcome(InboxState state, String error) {}

    void process(Received row) {
        Outcome outcome;
        try {
            ReceivedActivity activity = parsed(row);
            Optional<InboxHandler> handler = handlers.forActivity(row.type(), activity.json());
            if (blockedActor.test(row.actorUri())) {
                throw new RejectedActivity("the actor or its domain is blocked");
            }
            if (handler.isEmpty()) {
                log.debug("No handler for {} {}: ignored", row.type(), row.activityId());
                outcome = new Outcome(InboxState.IGNORED, null);
            } else {
                queue.handle(row, () -> handler.get().handle(activity));
                return;
            }
        } catch (IOException | RuntimeException e) {
            // The handler's transaction rolled back: nothing it wrote is kept.
            outcome = afterFailure(row, e);
        }
        queue.finish(row, outcome.state(), outcome.error(), RETRY_AFTER);
    }

    /** REJECTED (logged once, never retried) when {@link #refused}; else tried again until FAILED. */
    static Outcome afterFailure(Received row, Exception e) {
        if (refused(e)) {
            log.info("Rejected {} {} from {}: {}", row.type(), row.activityId(), row.actorUri(), e.getMessage());
            return new Outcome(InboxState.REJECTED, e.getMessage());
        }
        boolean last = row.attempts() + 1 >= MAX_ATTEMPTS;
        log.warn(
                "{} {} from {} failed (attempt {}): {}",
                row.type(),
                row.activityId(),
                row.actorUri(),
                row.attempts() + 1,
                e.toString());
        return new Outcome(last ? InboxState.FAILED : InboxState.RECEIVED, e.toString());
    }

    /**
     * Whether the activity is refused for good: a {@link RejectedActivity}, or a service's 4xx, which
     * says the activity asks for what may not be done (403), names what is not here (404, 410) or is
     * malformed (400, 422); trying again cannot change that. A 429 (a limit that passes), a 5xx (a
     * failure of ours) and any other failure are retried.
     */
    static boolean refused(Exception e) {
        if (e instanceof RejectedActivity) {
            return true;
        }
        return e instanceof ServiceException s && s.status() >= 400 && s.status() < 500 && s.status() != 429;
    }
}
