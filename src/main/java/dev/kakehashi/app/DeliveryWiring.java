package dev.kakehashi.app;

import dev.kakehashi.federation.actor.ActorKeys;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.delivery.AddressedAudience;
import dev.kakehashi.federation.delivery.Audience;
import dev.kakehashi.federation.delivery.DeliveryDrainer;
import dev.kakehashi.federation.delivery.DeliveryWorker;
import dev.kakehashi.federation.delivery.FanOut;
import dev.kakehashi.federation.delivery.FollowerAudience;
import dev.kakehashi.federation.delivery.OutboxWriter;
import dev.kakehashi.federation.delivery.PostActivityRenderer;
import dev.kakehashi.federation.delivery.ProfileUpdates;
import dev.kakehashi.federation.delivery.RetryPolicy;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.moderation.DeliveryRefusals;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.SsrfGuard;
import dev.kakehashi.federation.signature.SigningKey;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.DeliveryBlocks;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.queue.DeliveryQueue;
import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteHostRepository;
import dev.kakehashi.store.Transactions;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.quartz.JobKey;
import org.quartz.SchedulerException;

/**
 * The outgoing side of federation: post changes queue activities in their own transaction, and
 * each node's delivery drainer fans them out and sends them, at once after a commit and every
 * few seconds. Quartz has no part in it: its job could run on one node at a time only.
 */
final class DeliveryWiring {
    private DeliveryWiring() {}

    /** The bus notice by which a node that fanned out wakes the other nodes' drainers. */
    static final String QUEUED_NOTICE = "delivery-queued";
    /** The Quartz job that delivered before the drainer, still in job stores of earlier versions. */
    private static final JobKey OLD_JOB = JobKey.jobKey("delivery", "federation");

    /** What the rest of the app needs: the kick (after queueing anything) and the drainer. */
    record Parts(Runnable kick, DeliveryDrainer drainer) {}

    static Parts start(Core core, FederationBase base) throws SchedulerException {
        Settings settings = core.settings();
        Transactions tx = core.tx();
        PostRepository posts = core.postRepo();
        SiteService site = core.site();
        ActorIds ids = base.actorIds();
        Blocklist blocklist = base.blocklist();
        Clock clock = core.clock();
        var outbox = new OutboxRepository(tx);
        var deliveries = new DeliveryRepository(tx);
        var queue = new DeliveryQueue(tx, outbox, deliveries, new RemoteHostRepository(tx), clock);
        Audience audience = new AddressedAudience(
                new FollowerAudience(new FollowerRepository(tx), outbox),
                new RemoteActorRepository(tx),
                key -> ids.followers(ActorRefKeys.parse(key)));
        FanOut fanOut = new FanOut(
                queue,
                outbox,
                deliveries,
                audience,
                new PostActivityRenderer(posts, new PollRepository(tx), site, ids),
                clock,
                new DeliveryRefusals(blocklist, new DeliveryBlocks(tx, new BlockRepository(tx))));
        Predicate<URI> guarded = mayConnect(base.ssrfGuard());
        DeliveryWorker worker = new DeliveryWorker(
                queue,
                audience,
                base.signer(),
                signingKeys(base.actorKeys()),
                // Rows queued before a block (or by a node that has not seen it yet) fail for good.
                uri -> !blocklist.blocksHost(uri.getRawAuthority()) && guarded.test(uri),
                // java.util.Random, because many delivery threads draw from it at once.
                new RetryPolicy(new Random(), settings.deliveryTiming().firstRetry()),
                settings.deliveryTiming().lease(),
                "Kakehashi/0.1 (+" + settings.baseUrl() + ")",
                settings.nodeId(),
                clock);
        DeliveryDrainer drainer =
                new DeliveryDrainer(fanOut, worker, () -> core.caches().changed(QUEUED_NOTICE), DeliveryDrainer.POLL);
        core.caches().register(QUEUED_NOTICE, drainer::kick);
        Runnable kick = drainer::kick;
        new OutboxWriter(tx, outbox, posts, site, ids, kick, clock).subscribe(core.events());
        new ProfileUpdates(tx, outbox, ids, base.localActors()::document, kick, clock).subscribe(core.events());
        core.scheduler().deleteJob(OLD_JOB);
        return new Parts(kick, drainer);
    }

    /** Parsed once per actor: stored key pairs never change, and parsing costs more than signing. */
    private static Function<String, SigningKey> signingKeys(ActorKeys keys) {
        Map<String, SigningKey> parsed = new ConcurrentHashMap<>();
        return ref -> parsed.computeIfAbsent(ref, r -> keys.signingKey(ActorRefKeys.parse(r)));
    }

    /** Blocked destinations fail for good; a name that does not resolve now may later, so it is tried. */
    private static Predicate<URI> mayConnect(SsrfGuard guard) {
        return uri -> {
            try {
                guard.check(uri);
                return true;
            } catch (RemoteFetchException e) {
                return e.reason() != RemoteFetchException.Reason.BLOCKED;
            }
        };
    }
}
