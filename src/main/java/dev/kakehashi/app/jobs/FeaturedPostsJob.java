package dev.kakehashi.app.jobs;

import dev.kakehashi.federation.reader.FeaturedPosts;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Reads the featured collections of the remote accounts fetched lately (their pinned posts). */
@DisallowConcurrentExecution
public final class FeaturedPostsJob implements Job {
    private final FeaturedPosts featured;

    public FeaturedPostsJob(FeaturedPosts featured) {
        this.featured = featured;
    }

    @Override
    public void execute(JobExecutionContext context) {
        featured.syncDue();
    }
}
