package dev.kakehashi.app.jobs;

import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.PostService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping every minute, so nobody types maintenance commands: publishes scheduled posts whose
 * trigger was lost, stores fresh renderings of posts rendered by an older version, drops expired sessions and old login failures.
 */
@DisallowConcurrentExecution
public final class MaintenanceJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(MaintenanceJob.class);

    /** Posts rendered again per run: a large blog catches up over a few minutes, never in one stall. */
    static final int RENDER_BATCH = 500;

    private final PostService posts;
    private final AuthService auth;

    public MaintenanceJob(PostService posts, AuthService auth) {
        this.posts = posts;
        this.auth = auth;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int published = posts.publishOverdue();
        if (published > 0) {
            log.info("Published {} overdue scheduled post(s)", published);
        }
        int rendered = posts.renderStale(RENDER_BATCH);
        if (rendered > 0) {
            log.info("Rendered {} post(s) again for the current renderer", rendered);
        }
        auth.sweep();
    }
}
