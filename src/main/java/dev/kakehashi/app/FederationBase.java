package dev.kakehashi.app;

import dev.kakehashi.federation.actor.ActorKeys;
import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.MentionDirectory;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.remote.SsrfGuard;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.federation.signature.DraftCavageSigner;
import dev.kakehashi.federation.signature.RequestSigner;
import dev.kakehashi.service.ActorKeyService;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.LocalActorQueries;
import dev.kakehashi.service.RemoteActorCache;
import dev.kakehashi.service.content.Mentions;
import dev.kakehashi.store.ActorKeyRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.RemoteActorRepository;

/**
 * What every federation module shares: our ids and keys, signed and guarded fetches, remote
 * actors, local actors, the blocklist, and the mention lookup the post service uses.
 */
record FederationBase(
        ActorIds actorIds,
        ActorKeys actorKeys,
        RequestSigner signer,
        SsrfGuard ssrfGuard,
        Blocklist blocklist,
        RemoteFetcher fetcher,
        WebFingerClient webFinger,
        RemoteActorService remoteActors,
        LocalActors localActors,
        LocalActorQueries actorQueries,
        Mentions mentions) {

    static FederationBase build(Core core) {
        var tx = core.tx();
        ActorIds actorIds = new ActorIds(core.links());
        ActorKeys actorKeys =
                new ActorKeys(new ActorKeyService(tx, new ActorKeyRepository(tx), core.clock()), actorIds);
        RequestSigner signer = new DraftCavageSigner(core.clock());
        // Kakehashi signs every fetch as its instance actor, which peers can fetch unsigned.
        SsrfGuard ssrfGuard = new SsrfGuard(core.settings().allowPrivateNetworks());
        Blocklist blocklist = ModerationWiring.blocklist(tx, core.caches());
        RemoteFetcher fetcher = new RemoteFetcher(
                ssrfGuard,
                signer,
                () -> actorKeys.signingKey(ActorRef.INSTANCE),
                core.links().base(),
                RemoteFetcher.Limits.DEFAULT,
                blocklist::blocksHost);
        WebFingerClient webFinger = new WebFingerClient(fetcher);
        var actorCache = new RemoteActorCache(tx, new RemoteActorRepository(tx), core.clock());
        RemoteActorService remoteActors = new RemoteActorService(actorCache, fetcher, core.sanitizer(), core.clock());
        LocalActorQueries actorQueries = new LocalActorQueries(
                tx, core.accountRepo(), core.postRepo(), new FollowerRepository(tx), new PinRepository(tx));
        LocalActors localActors = new LocalActors(actorQueries, core.site(), actorIds, actorKeys);
        Mentions mentions = new Mentions(
                new MentionDirectory(webFinger, remoteActors, actorCache, localActors, actorQueries, core.clock()));
        return new FederationBase(
                actorIds,
                actorKeys,
                signer,
                ssrfGuard,
                blocklist,
                fetcher,
                webFinger,
                remoteActors,
                localActors,
                actorQueries,
                mentions);
    }
}
