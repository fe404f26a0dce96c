package dev.kakehashi.app;

import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.reaction.LocalPosts;
import dev.kakehashi.federation.reaction.MentionConsumer;
import dev.kakehashi.federation.reaction.QuoteConsumer;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.NotificationQueries;
import dev.kakehashi.service.PublishedPostQueries;
import dev.kakehashi.service.ReactionQueries;
import dev.kakehashi.service.ReactionService;
import dev.kakehashi.service.ReplyNotifier;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/**
 * Reactions and notifications: the service the inbox's likes, boosts, emoji reactions and their
 * Undo call, quotes and mentions as {@link NoteConsumer}s, the post page's query, the notifications page's
 * queries, and REPLY notifications from {@link CommentAdded}.
 */
record ReactionWiring(
        Transactions tx,
        ReactionRepository reactions,
        ReactionService service,
        LocalPosts localPosts,
        ActorIds ids,
        AccountRepository accounts,
        NotificationQueries notifications) {

    static ReactionWiring build(
            Transactions tx,
            PostRepository posts,
            AccountRepository accounts,
            ActorIds ids,
            EventBus events,
            Clock clock) {
        var reactions = new ReactionRepository(tx);
        var notificationRepo = new NotificationRepository(tx, events::publish);
        var mutes = new ThreadMuteRepository(tx);
        var service = new ReactionService(tx, reactions, notificationRepo, posts, accounts, mutes, clock);
        // In the comment's transaction: a reply and its notification are stored together.
        events.subscribeInTransaction(
                CommentAdded.class, ReplyNotifier.of(tx, posts, mutes, notificationRepo::add, clock));
        return new ReactionWiring(
                tx,
                reactions,
                service,
                new LocalPosts(new PublishedPostQueries(tx, posts), ids),
                ids,
                accounts,
                new NotificationQueries(tx, notificationRepo, clock));
    }

    QuoteConsumer quotes() {
        return new QuoteConsumer(service, localPosts);
    }

    MentionConsumer mentions() {
        return new MentionConsumer(
                service, localPosts, ids, new AccountQueries(tx, accounts, new RemoteActorRepository(tx)));
    }

    /** Likes and boosts of a post, as {@link ReactionQueries#totals} counts them. */
    dev.kakehashi.federation.actor.ReactionCounts counts() {
        ReactionQueries queries = queries();
        return postId -> {
            ReactionQueries.Totals totals = queries.totals(postId);
            return new dev.kakehashi.federation.actor.ReactionCounts.Counts(totals.likes(), totals.boosts());
        };
    }

    ReactionQueries queries() {
        return new ReactionQueries(tx, reactions);
    }
}
