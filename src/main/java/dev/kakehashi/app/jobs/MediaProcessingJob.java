package dev.kakehashi.app.jobs;

import dev.kakehashi.service.media.MediaProcessing;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Processes the apps' uploads that wait ({@code POST /api/v2/media}), a few at a time, every few
 * seconds; the rows are the queue, so uploads a restart interrupted are processed by the next run.
 * One run at a time in the whole cluster, so no upload is processed twice at once.
 */
@DisallowConcurrentExecution
public final class MediaProcessingJob implements Job {
    static final JobKey KEY = JobKey.jobKey("media-processing", "system");
    private static final TriggerKey TRIGGER = TriggerKey.triggerKey("media-processing", "system");
    /** Uploads per run; the next run takes the rest. */
    private static final int BATCH = 20;

    private final MediaProcessing processing;

    public MediaProcessingJob(MediaProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        processing.work(BATCH);
    }

    /** Stores the job and its trigger once; a changed interval replaces the stored trigger. */
    public static void schedule(Scheduler scheduler, Duration every) throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TRIGGER)
                .forJob(KEY)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(every.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        SystemJobs.scheduleOnce(
                scheduler,
                JobBuilder.newJob(MediaProcessingJob.class)
                        .withIdentity(KEY)
                        .storeDurably()
                        .build(),
                trigger);
        if (scheduler.getTrigger(TRIGGER) instanceof SimpleTrigger stored
                && stored.getRepeatInterval() != every.toMillis()) {
            scheduler.rescheduleJob(TRIGGER, trigger);
        }
    }
}
