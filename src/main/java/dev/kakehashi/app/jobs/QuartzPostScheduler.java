package dev.kakehashi.app.jobs;

import dev.kakehashi.service.PostScheduler;
import java.time.Instant;
import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One durable Quartz trigger per scheduled post; a trigger that fires late still publishes. */
public final class QuartzPostScheduler implements PostScheduler {
    private static final Logger log = LoggerFactory.getLogger(QuartzPostScheduler.class);
    private static final String GROUP = "publish";

    private final Scheduler scheduler;

    public QuartzPostScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void schedule(long postId, Instant at) {
        JobKey key = JobKey.jobKey(Long.toString(postId), GROUP);
        try {
            scheduler.deleteJob(key);
            scheduler.scheduleJob(
                    JobBuilder.newJob(PublishScheduledPostJob.class)
                            .withIdentity(key)
                            .usingJobData(PublishScheduledPostJob.POST_ID, postId)
                            .requestRecovery()
                            .build(),
                    TriggerBuilder.newTrigger()
                            .withIdentity(key.getName(), GROUP)
                            .startAt(Date.from(at))
                            .withSchedule(
                                    SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                            .build());
        } catch (SchedulerException e) {
            // The post is already stored as scheduled: the maintenance job publishes it within a minute.
            log.warn("Cannot schedule post {}; the maintenance job will publish it", postId, e);
        }
    }

    @Override
    public void cancel(long postId) {
        try {
            scheduler.deleteJob(JobKey.jobKey(Long.toString(postId), GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot cancel the schedule of post " + postId, e);
        }
    }
}
