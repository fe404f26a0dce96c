package dev.kakehashi.app;

import dev.kakehashi.app.jobs.MaintenanceJob;
import dev.kakehashi.app.jobs.PublishScheduledPostJob;
import dev.kakehashi.app.jobs.SystemJobs;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

/** The blog's own jobs: scheduled posts, and the minutely maintenance. */
final class JobsModule {
    private JobsModule() {}

    static void install(Core core, BlogModule blog) throws SchedulerException {
        core.jobs()
                .register(PublishScheduledPostJob.class, () -> new PublishScheduledPostJob(blog.posts()))
                .register(MaintenanceJob.class, () -> new MaintenanceJob(blog.posts(), blog.auth()));
        scheduleMaintenance(core.scheduler());
    }

    private static void scheduleMaintenance(Scheduler scheduler) throws SchedulerException {
        JobKey key = JobKey.jobKey("maintenance", "system");
        SystemJobs.scheduleOnce(
                scheduler,
                JobBuilder.newJob(MaintenanceJob.class).withIdentity(key).build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("maintenance", "system")
                        .withSchedule(CronScheduleBuilder.cronSchedule("0 * * * * ?")
                                .withMisfireHandlingInstructionDoNothing())
                        .build());
    }
}
