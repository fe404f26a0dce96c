package dev.kakehashi.app.jobs;

import java.time.Duration;
import java.util.Optional;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The digest job's schedule, kept in the Quartz store: every {@code interval} while SMTP is set,
 * removed when it is not (the store outlives a restart with different settings).
 */
public final class NotificationMailSchedule {
    static final JobKey KEY = JobKey.jobKey("notification-mail", "mail");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("notification-mail", "mail");

    private NotificationMailSchedule() {}

    /** @param interval empty when e-mail is off */
    public static void install(Scheduler scheduler, Optional<Duration> interval) throws SchedulerException {
        if (interval.isEmpty()) {
            if (scheduler.checkExists(KEY)) {
                scheduler.deleteJob(KEY);
            }
            return;
        }
        long millis = interval.get().toMillis();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TRIGGER)
                .forJob(KEY)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(millis)
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        if (!scheduler.checkExists(KEY)) {
            SystemJobs.scheduleOnce(
                    scheduler,
                    JobBuilder.newJob(NotificationMailJob.class)
                            .withIdentity(KEY)
                            .storeDurably()
                            .build(),
                    trigger);
        } else if (!(scheduler.getTrigger(TRIGGER) instanceof org.quartz.SimpleTrigger current)
                || current.getRepeatInterval() != millis) {
            // Another node, or this one before a restart, stored a different interval.
            scheduler.unscheduleJob(TRIGGER);
            scheduler.scheduleJob(trigger);
        }
    }
}
