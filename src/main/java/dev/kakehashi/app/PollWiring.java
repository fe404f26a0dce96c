package dev.kakehashi.app;

import dev.kakehashi.app.jobs.PollsJob;
import dev.kakehashi.app.jobs.SystemJobs;
import dev.kakehashi.federation.polls.PollVoteOutbox;
import dev.kakehashi.service.OutboxService;
import dev.kakehashi.service.PollService;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import org.quartz.SchedulerException;

/** Polls: the service (votes to remote polls go out through the outbox) and the job that closes ours. */
final class PollWiring {
    private PollWiring() {}

    static PollService build(Core core, FederationBase base, Runnable kickDelivery) throws SchedulerException {
        var tx = core.tx();
        PollService polls = new PollService(
                tx,
                new PollRepository(tx),
                core.postRepo(),
                new RemotePostRepository(tx),
                new NotificationRepository(tx, core.events()::publish),
                new RemoteActorRepository(tx),
                core.links(),
                core.events(),
                new PollVoteOutbox(
                        new OutboxService(tx, new OutboxRepository(tx), kickDelivery, core.clock()), base.actorIds()),
                core.clock());
        core.jobs().register(PollsJob.class, () -> new PollsJob(polls));
        // Every 15 seconds: a poll closes within that of its end, and counts go out in batches.
        SystemJobs.scheduleCron(core.scheduler(), PollsJob.class, "system", "polls", "0/15 * * * * ?");
        return polls;
    }
}
