package dev.kakehashi.app.jobs;

import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

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
}
