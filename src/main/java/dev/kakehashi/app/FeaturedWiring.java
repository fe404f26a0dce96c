package dev.kakehashi.app;

import dev.kakehashi.app.jobs.FeaturedPostsJob;
import dev.kakehashi.app.jobs.SystemJobs;
import dev.kakehashi.federation.reader.FeaturedHandler;
import dev.kakehashi.federation.reader.FeaturedPosts;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.RemotePinService;
import dev.kakehashi.service.RemotePostNotifier;
import dev.kakehashi.service.RemotePostService;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.RemotePinRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.TagRepository;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

/**
 * Remote accounts' pinned posts: each fetch of an actor makes its featured collection due, a job
 * reads the due ones, and the inbox's Add/Remove handler pins and unpins.
 */
final class FeaturedWiring {
    private FeaturedWiring() {}

    /** The Add/Remove handler; installs the job and the actor-fetch listener. */
    static FeaturedHandler build(Core core, FederationBase base) throws SchedulerException {
        var tx = core.tx();
        var following = new FollowingRepository(tx);
        RemotePinService pins = new RemotePinService(tx, new RemotePinRepository(tx), core.clock());
        RemotePostService posts = new RemotePostService(
                tx,
                following,
                new RemotePostRepository(tx),
                new TagRepository(tx),
                core.events(),
                new RemotePostNotifier(
                        new OutboundReactionRepository(tx),
                        following,
                        new NotificationRepository(tx, core.events()::publish)),
                core.clock());
        FeaturedPosts featured =
                new FeaturedPosts(base.fetcher(), new ObjectToRemotePost(core.sanitizer()), posts, pins);
        base.remoteActors().whenFetched((uri, doc) -> pins.collectionSeen(uri, Lenient.idOf(doc.get("featured"))));
        core.jobs().register(FeaturedPostsJob.class, () -> new FeaturedPostsJob(featured));
        JobKey key = JobKey.jobKey("featured-posts", "system");
        SystemJobs.scheduleOnce(
                core.scheduler(),
                JobBuilder.newJob(FeaturedPostsJob.class).withIdentity(key).build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("featured-posts", "system")
                        .withSchedule(CronScheduleBuilder.cronSchedule("0/30 * * * * ?")
                                .withMisfireHandlingInstructionDoNothing())
                        .build());
        return new FeaturedHandler(pins, featured);
    }
}
