package dev.kakehashi.app.jobs;

import dev.kakehashi.federation.inbox.InboxJob;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/**
 * The inbox job's schedule: every five seconds, as a safety net beside each node's dispatcher. Nothing
 * is triggered per activity.
 */
public final class InboxJobSchedule {
    static final JobKey KEY = JobKey.jobKey("inbox", "federation");

    private final Scheduler scheduler;

    private InboxJobSchedule(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Stores the job and its periodic trigger once (the Quartz store keeps them across restarts). */
    public static InboxJobSchedule install(Scheduler scheduler) throws SchedulerException {
        if (!scheduler.checkExists(KEY)) {
            scheduler.scheduleJob(
                    JobBuilder.newJob(InboxJob.class)
                            .withIdentity(KEY)
                            .storeDurably()
                            .build(),
                    TriggerBuilder.newTrigger()
                            .withIdentity("inbox-every-5s", "federation")
                            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(5)
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build());
        }
        return new InboxJobSchedule(scheduler);
    }
}
