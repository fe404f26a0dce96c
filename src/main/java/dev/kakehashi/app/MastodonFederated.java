package dev.kakehashi.app;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.federation.reader.RemoteSearch;
import dev.kakehashi.service.AnswerService;
import dev.kakehashi.service.BlockAdmin;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.FollowerAdmin;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.ReactionService;
import dev.kakehashi.service.RemoteActorCache;
import dev.kakehashi.service.RemoteFollowing;
import dev.kakehashi.service.RemoteLookup;
import dev.kakehashi.service.RemoteReactions;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The federation services the Mastodon API acts through, the same ones the admin pages use:
 * reactions (to posts elsewhere, and the likes of the blog's own posts), following, followers,
 * blocks, the remote lookups of search, polls, and the authors' answers to comments (edited from an app).
 */
record MastodonFederated(
        RemoteReactions reactions,
        ReactionService localReactions,
        RemoteFollowing following,
        FollowerAdmin followers,
        BlockAdmin blocks,
        Blocklist blocklist,
        RemoteLookup lookup,
        PollService polls,
        AnswerService answers) {

    /** The remote actor cache by actor URI, each lookup in its own transaction (a moved author's new account). */
    static Function<String, Optional<RemoteActor>> cachedActors(Transactions tx, Clock clock) {
        return new RemoteActorCache(tx, new RemoteActorRepository(tx), clock)::byUri;
    }

    /** Accounts and posts elsewhere found by handle or URL, as search and the reader's imports find them. */
    static RemoteLookup lookup(Core core, FederationBase base) {
        var tx = core.tx();
        return new RemoteSearch(
                base.webFinger(),
                base.remoteActors(),
                base.fetcher(),
                new ObjectToRemotePost(core.sanitizer()),
                ReaderWiring.remotePosts(tx, core.events(), core.clock()),
                base.actorIds());
    }

    static MastodonFederated build(
            Core core, FederationBase base, FederationModule federation, InboxModule inbox, AnswerWiring answers) {
        return new MastodonFederated(
                federation.reader().reactions(),
                federation.reactions().service(),
                federation.reader().following(),
                inbox.followRequests(),
                inbox.blocking().blocks(),
                base.blocklist(),
                lookup(core, base),
                federation.polls(),
                answers.service());
    }
}
