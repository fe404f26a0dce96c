package dev.kakehashi.app.jobs;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Runs, once and now, every job whose trigger is due or repeats (scheduled posts, mail,
 * maintenance), then drains the inbox and sends every delivery due (what the jobs and the inbox
 * queued included) on this thread, and returns when all of it has finished. Published to the container as the servlet-context
 * attribute {@link #ATTRIBUTE} (a plain {@link Runnable}) so that a test can say "whatever was going
 * to happen has happened" before asserting that something did not. Does nothing unless called.
 */
public final class DueJobsNow implements Runnable {
    public static final String ATTRIBUTE = "dev.kakehashi.dueJobsNow";
    private static final String MARK = "dev.kakehashi.dueJobsNow.mark";
    private static final long PATIENCE_SECONDS = 60;

    private final Scheduler scheduler;
    private final Runnable drainNow;

    /** @param drainNow drains the inbox, then fans out and sends everything due, on the calling thread */
    public DueJobsNow(Scheduler scheduler, Runnable drainNow) {
        this.scheduler = scheduler;
        this.drainNow = drainNow;
    }

    @Override
    public void run() {
        try {
            Set<JobKey> jobs = dueOrRepeating();
            String mark = UUID.randomUUID().toString();
            CountDownLatch finished = new CountDownLatch(jobs.size());
            Listener listener = new Listener(mark, finished);
            scheduler.getListenerManager().addJobListener(listener);
            try {
                for (JobKey job : jobs) {
                    scheduler.triggerJob(job, new JobDataMap(java.util.Map.of(MARK, mark)));
                }
                if (!finished.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Jobs still running after " + PATIENCE_SECONDS + " s: " + jobs);
                }
            } finally {
                scheduler.getListenerManager().removeJobListener(listener.getName());
            }
            drainNow.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not run the due jobs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the due jobs ran", e);
        }
    }

    private Set<JobKey> dueOrRepeating() throws SchedulerException {
        Date now = new Date();
        Set<JobKey> jobs = new LinkedHashSet<>();
        for (var key : scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
            Trigger trigger = scheduler.getTrigger(key);
            if (trigger == null) {
                continue; // fired and removed meanwhile
            }
            Date next = trigger.getNextFireTime();
            boolean due = next != null && !next.after(now);
            boolean repeating = !(trigger instanceof SimpleTrigger simple) || simple.getRepeatCount() != 0;
            if (due || repeating) {
                jobs.add(trigger.getJobKey());
            }
        }
        return jobs;
    }

    /** Counts down once per finished run that this call started (and only those). */
    private record Listener(String mark, CountDownLatch finished) implements JobListener {
        @Override
        public String getName() {
            return "due-jobs-now-" + mark;
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {}

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
            jobWasExecuted(context, null);
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            if (mark.equals(context.getTrigger().getJobDataMap().get(MARK))) {
                finished.countDown();
            }
        }
    }
}
