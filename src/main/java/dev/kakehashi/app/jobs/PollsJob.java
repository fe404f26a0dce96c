package dev.kakehashi.app.jobs;

import dev.kakehashi.service.PollService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes our polls whose time is up (final counts to followers, {@code poll} notifications) and sends
 * the counts of polls that got votes since their last Update, one Update per poll per batch.
 */
@DisallowConcurrentExecution
public final class PollsJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(PollsJob.class);

    private final PollService polls;

    public PollsJob(PollService polls) {
        this.polls = polls;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int closed = polls.closeDue();
        if (closed > 0) {
            log.info("Closed {} poll(s)", closed);
        }
        polls.sendDueUpdates();
    }
}
