package dev.kakehashi.app.jobs;

import dev.kakehashi.service.PostService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Publishes one scheduled post when its trigger fires. */
@DisallowConcurrentExecution
public final class PublishScheduledPostJob implements Job {
    static final String POST_ID = "postId";

    private final PostService posts;

    public PublishScheduledPostJob(PostService posts) {
        this.posts = posts;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long postId = context.getMergedJobDataMap().getLong(POST_ID);
        try {
            posts.publishIfDue(postId);
        } catch (RuntimeException e) {
            throw new JobExecutionException("Publishing scheduled post " + postId + " failed", e, false);
        }
    }
}
