package dev.kakehashi.app.jobs;

import dev.kakehashi.service.mail.NotificationDigests;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every few minutes, one digest mail per author of their new notifications. Never two runs at once,
 * on any node: the clustered job store holds the lock, and the rows are claimed besides.
 */
@DisallowConcurrentExecution
public final class NotificationMailJob implements Job {
    private final NotificationDigests digests;

    public NotificationMailJob(NotificationDigests digests) {
        this.digests = digests;
    }

    @Override
    public void execute(JobExecutionContext context) {
        digests.run();
    }
}
