package dev.kakehashi.app;

import dev.kakehashi.app.jobs.SystemJobs;
import dev.kakehashi.federation.quote.QuoteProtocol;
import dev.kakehashi.federation.quote.QuoteRequestRetryJob;
import dev.kakehashi.service.OutboxService;
import dev.kakehashi.service.QuoteService;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.QuoteAuthorizationRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import org.quartz.SchedulerException;

/**
 * Quote posts (FEP-044f): the service that asks for and answers approvals, subscribed to publishing,
 * and the job that sends the requests whose quoted author was unknown at publish time, every five
 * minutes.
 */
final class QuoteWiring {
    private QuoteWiring() {}

    static QuoteService build(Core core, FederationBase base, Runnable kickDelivery) throws SchedulerException {
        var tx = core.tx();
        QuoteService quotes = new QuoteService(
                tx,
                core.postRepo(),
                new RemotePostRepository(tx),
                new RemoteActorRepository(tx),
                new QuoteAuthorizationRepository(tx),
                new OutboxService(tx, new OutboxRepository(tx), kickDelivery, core.clock()),
                core.events(),
                new QuoteProtocol(base.actorIds(), core.site()),
                core.clock());
        quotes.subscribe();
        core.jobs().register(QuoteRequestRetryJob.class, () -> new QuoteRequestRetryJob(quotes, base.remoteActors()));
        SystemJobs.scheduleCron(
                core.scheduler(), QuoteRequestRetryJob.class, "federation", "quote-requests", "30 */5 * * * ?");
        return quotes;
    }
}
