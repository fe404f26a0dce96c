package dev.kakehashi.federation.inbox;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Drains the inbox every few seconds on whichever node Quartz picks, as a safety net beside each
 * node's {@link InboxDispatcher}, and when the due jobs are run on demand.
 */
@DisallowConcurrentExecution
public final class InboxJob implements Job {
    private final InboxDispatcher dispatcher;

    public InboxJob(InboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.drainNow();
    }
}
