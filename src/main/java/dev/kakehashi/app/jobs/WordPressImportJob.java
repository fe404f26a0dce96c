package dev.kakehashi.app.jobs;

import dev.kakehashi.service.wordpress.WordPressImportService;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/**
 * Imports WordPress exports batch by batch, for at most the configured time per run; runs every few
 * seconds, so an import resumes by itself after a restart.
 */
@DisallowConcurrentExecution
public final class WordPressImportJob implements Job {
    static final JobKey KEY = JobKey.jobKey("wordpress-import", "system");

    private final WordPressImportService imports;
    private final Duration budget;

    public WordPressImportJob(WordPressImportService imports, Duration budget) {
        this.imports = imports;
        this.budget = budget;
    }

    @Override
    public void execute(JobExecutionContext context) {
        imports.work(budget);
    }

    /** Stores the job and its trigger once (the Quartz store keeps them across restarts). */
    public static void schedule(Scheduler scheduler) throws SchedulerException {
        SystemJobs.scheduleOnce(
                scheduler,
                JobBuilder.newJob(WordPressImportJob.class)
                        .withIdentity(KEY)
                        .storeDurably()
                        .build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("wordpress-import-every-5s", "system")
                        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(5)
                                .withMisfireHandlingInstructionNextWithRemainingCount())
                        .build());
    }
}
