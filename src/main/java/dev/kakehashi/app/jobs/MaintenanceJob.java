package dev.kakehashi.app.jobs;

import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.media.MediaService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping every minute, so nobody types maintenance commands: publishes scheduled posts whose
 * trigger was lost, stores fresh renderings of posts rendered by an older version, drops expired sessions and old login failures,
 * and deletes the images apps uploaded that no status took within a day.
 */
@DisallowConcurrentExecution
public final class MaintenanceJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(MaintenanceJob.class);

    /** Posts rendered again per run: a large blog catches up over a few minutes, never in one stall. */
    static final int RENDER_BATCH = 500;

    private final PostService posts;
    private final AuthService auth;
    private final MediaService media;

    public MaintenanceJob(PostService posts, AuthService auth, MediaService media) {
        this.posts = posts;
        this.auth = auth;
        this.media = media;
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
        int dropped = media.dropUnattached(RENDER_BATCH);
        if (dropped > 0) {
            log.info("Deleted {} image(s) apps uploaded that no status took within a day", dropped);
        }
    }
}
