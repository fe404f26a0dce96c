package dev.kakehashi.federation.inbox.table;

import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.NoteConsumers;
import dev.kakehashi.federation.reaction.LocalPosts;
import dev.kakehashi.federation.reader.AnnouncedObjects;
import dev.kakehashi.federation.reader.FeaturedPosts;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.FollowerService;
import dev.kakehashi.service.FollowingAnswerService;
import dev.kakehashi.service.FollowingService;
import dev.kakehashi.service.QuoteService;
import dev.kakehashi.service.ReactionService;
import dev.kakehashi.service.RemoteBoostService;
import dev.kakehashi.service.RemotePinService;
import dev.kakehashi.service.ReportService;
import java.util.function.Predicate;

/**
 * What the inbox handlers are built from, made once by the app's inbox module: the services whose
 * rules the handlers call, and the few federation helpers they read with. {@link InboxTable} makes
 * each handler from these; a new handler that needs a service not listed here adds it here.
 *
 * @param locked whether one of our actors approves its followers by hand
 * @param localPosts which of our posts an id names, for reactions and quotes
 * @param announced the boosted post of an Announce of a post elsewhere, fetched when not embedded
 * @param featured the featured collections of remote actors, for Add and Remove (pins)
 * @param notes the consumers of incoming posts, behind the Create, Update and Delete dispatchers
 */
public record InboxServices(
        ActorIds ids,
        RemoteActorService remoteActors,
        RemoteFetcher fetcher,
        LocalActors localActors,
        Predicate<ActorRef> locked,
        Blocklist blocklist,
        FollowerService followers,
        FollowingService following,
        FollowingAnswerService followingAnswers,
        ReactionService reactions,
        LocalPosts localPosts,
        RemoteBoostService boosts,
        AnnouncedObjects announced,
        ReportService reports,
        QuoteService quotes,
        RemotePinService pins,
        FeaturedPosts featured,
        NoteConsumers notes) {}
