package dev.kakehashi.app;

import dev.kakehashi.app.jobs.FeaturedPostsJob;
import dev.kakehashi.app.jobs.SystemJobs;
import dev.kakehashi.federation.reader.FeaturedPosts;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.RemotePinService;
import dev.kakehashi.service.RemotePostService;
import dev.kakehashi.store.RemotePinRepository;
import org.quartz.SchedulerException;

/**
 * Remote accounts' pinned posts: each fetch of an actor makes its featured collection due, a job
 * reads the due ones, and the inbox's Add/Remove handler pins and unpins through these.
 */
record FeaturedWiring(RemotePinService pins, FeaturedPosts posts) {

    /** The pins and collections; installs the job and the actor-fetch listener. */
    static FeaturedWiring build(Core core, FederationBase base) throws SchedulerException {
        var tx = core.tx();
        RemotePinService pins = new RemotePinService(tx, new RemotePinRepository(tx), core.clock());
        RemotePostService posts = ReaderWiring.remotePosts(tx, core.events(), core.clock());
        FeaturedPosts featured =
                new FeaturedPosts(base.fetcher(), new ObjectToRemotePost(core.sanitizer()), posts, pins);
        base.remoteActors().whenFetched((uri, doc) -> pins.collectionSeen(uri, Lenient.idOf(doc.get("featured"))));
        core.jobs().register(FeaturedPostsJob.class, () -> new FeaturedPostsJob(featured));
        SystemJobs.scheduleCron(core.scheduler(), FeaturedPostsJob.class, "system", "featured-posts", "0/30 * * * * ?");
        return new FeaturedWiring(pins, featured);
    }
}
