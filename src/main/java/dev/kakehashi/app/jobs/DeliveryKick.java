package dev.kakehashi.app.jobs;

import dev.kakehashi.federation.delivery.DeliveryJob;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules the delivery job every few seconds, and runs it at once when asked: call {@link #run()}
 * after committing anything queued for delivery (Create, Accept...), so it leaves without waiting.
 */
public final class DeliveryKick implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryKick.class);
    static final JobKey KEY = JobKey.jobKey("delivery", "federation");
    static final int EVERY_SECONDS = 5;

    private final Scheduler scheduler;

    public DeliveryKick(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Adds the job and its periodic trigger once; later starts find them in the job store. */
    public void schedule() throws SchedulerException {
        if (scheduler.checkExists(KEY)) {
            return;
        }
        scheduler.scheduleJob(
                JobBuilder.newJob(DeliveryJob.class).withIdentity(KEY).build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("delivery", "federation")
                        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(EVERY_SECONDS)
                                .withMisfireHandlingInstructionNextWithRemainingCount())
                        .build());
    }

    /** Runs the delivery job now; if it is running, Quartz runs it again right after. */
    @Override
    public void run() {
        try {
            scheduler.triggerJob(KEY);
        } catch (SchedulerException e) {
            // The periodic trigger still picks the work up within seconds.
            log.warn("Could not start the delivery job at once: {}", e.getMessage());
        }
    }
}
