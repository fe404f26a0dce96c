package dev.kakehashi.federation.inbox;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Processes received activities. Runs every few seconds, and at once when one is stored. */
@DisallowConcurrentExecution
public final class InboxJob implements Job {
    private final InboxProcessor processor;

    public InboxJob(InboxProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void execute(JobExecutionContext context) {
        processor.drain();
    }
}
