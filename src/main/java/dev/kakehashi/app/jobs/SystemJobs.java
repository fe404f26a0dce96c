package dev.kakehashi.app.jobs;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/** The jobs Kakehashi schedules for itself, stored once in Quartz's store and kept across restarts. */
public final class SystemJobs {
    private SystemJobs() {}

    /**
     * Stores {@code job} with {@code trigger} unless it is stored already: by an earlier start, or by
     * another node of a cluster starting at the same moment (its store wins between our check and our
     * write, and that is as good as ours).
     */
    public static void scheduleOnce(Scheduler scheduler, JobDetail job, Trigger trigger) throws SchedulerException {
        if (scheduler.checkExists(job.getKey())) {
            return;
        }
        try {
            scheduler.scheduleJob(job, trigger);
        } catch (ObjectAlreadyExistsException e) {
            // Another node stored it first.
        }
    }

    /**
     * Stores {@code job} once under {@code group.name}, run on the Quartz {@code cron} expression; a
     * run missed while no node was up is skipped, not made up.
     */
    public static void scheduleCron(
            Scheduler scheduler, Class<? extends Job> job, String group, String name, String cron)
            throws SchedulerException {
        scheduleOnce(
                scheduler,
                JobBuilder.newJob(job).withIdentity(name, group).build(),
                TriggerBuilder.newTrigger()
                        .withIdentity(name, group)
                        .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                        .build());
    }
}
