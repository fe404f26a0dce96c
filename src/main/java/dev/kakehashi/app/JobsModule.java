package dev.kakehashi.app;

import dev.kakehashi.app.jobs.MaintenanceJob;
import dev.kakehashi.app.jobs.MediaProcessingJob;
import dev.kakehashi.app.jobs.PublishScheduledPostJob;
import dev.kakehashi.app.jobs.SystemJobs;
import org.quartz.SchedulerException;

/** The blog's own jobs: scheduled posts, the apps' uploads to process, and the minutely maintenance. */
final class JobsModule {
    private JobsModule() {}

    static void install(Core core, BlogModule blog) throws SchedulerException {
        core.jobs()
                .register(PublishScheduledPostJob.class, () -> new PublishScheduledPostJob(blog.posts()))
                .register(MaintenanceJob.class, () -> new MaintenanceJob(blog.posts(), blog.auth(), blog.media()))
                .register(MediaProcessingJob.class, () -> new MediaProcessingJob(blog.mediaProcessing()));
        MediaProcessingJob.schedule(
                core.scheduler(), core.settings().mediaPace().every());
        SystemJobs.scheduleCron(core.scheduler(), MaintenanceJob.class, "system", "maintenance", "0 * * * * ?");
    }
}
