package dev.kakehashi.app;

import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.federation.inbox.NoteConsumers;
import dev.kakehashi.federation.polls.PollConsumer;
import dev.kakehashi.federation.polls.QuestionConsumer;
import dev.kakehashi.federation.reader.DirectMessageConsumer;
import dev.kakehashi.federation.reader.ObjectToRemotePost;
import dev.kakehashi.service.CommentGate;
import dev.kakehashi.service.ConversationService;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.QuoteService;
import dev.kakehashi.service.comments.CommentModeration;
import dev.kakehashi.service.comments.ModerationGate;
import dev.kakehashi.store.CommentQueries;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.ConversationRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import org.quartz.SchedulerException;

/**
 * The fediverse's interactions: delivery, reactions and notifications, the reader, comments and
 * their moderation, and the consumers of incoming posts. {@link InboxModule} builds the inbox table
 * and the inbox job.
 */
record FederationModule(
        DeliveryWiring.Parts delivery,
        ReactionWiring reactions,
        ReaderWiring reader,
        CommentModeration commentModeration,
        CommentWiring comments,
        NoteConsumers notes,
        PollService polls,
        QuoteService quotes) {

    static FederationModule build(Core core, FederationBase base) throws SchedulerException {
        var tx = core.tx();
        DeliveryWiring.Parts delivery = DeliveryWiring.start(core, base);
        ReactionWiring reactions = ReactionWiring.build(
                tx, core.postRepo(), core.accountRepo(), base.actorIds(), core.events(), core.clock());
        ReaderWiring reader = ReaderWiring.build(
                tx,
                base.webFinger(),
                base.remoteActors(),
                base.actorIds(),
                core.sanitizer(),
                base.fetcher(),
                delivery.kick(),
                core.events(),
                core.accountRepo(),
                core.site(),
                core.clock());
        CommentModeration commentModeration = new CommentModeration(
                tx, new CommentQueries(tx), new CommentRepository(tx), core.events(), core.clock());
        // The comments wiring stores each incoming reply with the status this gate decides.
        CommentGate commentGate = new ModerationGate(
                core.site()::commentPolicy, commentModeration::hasPublishedComment, core.plugins()::commentFilters);
        CommentWiring comments = CommentWiring.build(core, base, commentGate);
        // Incoming posts (Create/Update/Delete of Note, Article, Page) are offered to each consumer.
        NoteConsumers notes = new NoteConsumers();
        PollService polls = PollWiring.build(core, base, delivery.kick());
        // Votes in our polls come before the reader (and the comments): they are no posts.
        notes.add(new PollConsumer(reader.consumer(), polls, base.actorIds()));
        notes.add(comments.consumer());
        notes.add(reactions.quotes());
        notes.add(reactions.mentions());
        notes.add(directMessages(core, base));
        // Last: the poll of a Question whichever consumer above kept it (one path for all).
        notes.add(new QuestionConsumer(polls, core.clock()));
        // A deleted remote account (its Delete, or a 410) loses its comments, as the settings say.
        base.remoteActors().whenGone(comments.service()::actorDeleted);
        QuoteService quotes = QuoteWiring.build(core, base, delivery.kick());
        return new FederationModule(delivery, reactions, reader, commentModeration, comments, notes, polls, quotes);
    }

    /** Direct messages to our authors, and the authors' own, filed as conversations. */
    private static DirectMessageConsumer directMessages(Core core, FederationBase base) {
        var tx = core.tx();
        ConversationService conversations = new ConversationService(
                tx,
                new ConversationRepository(tx),
                core.postRepo(),
                new RemotePostRepository(tx),
                new RemoteMediaRepository(tx),
                core.accountRepo(),
                core.links(),
                core.events(),
                core.clock());
        core.events().subscribe(PostPublished.class, e -> conversations.sent(e.postId()));
        return new DirectMessageConsumer(conversations, new ObjectToRemotePost(core.sanitizer()), base.actorIds());
    }

    Runnable kickDelivery() {
        return delivery.kick();
    }
}
