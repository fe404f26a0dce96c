package dev.kakehashi.app;

import dev.kakehashi.federation.comments.MissingParents;
import dev.kakehashi.federation.comments.NoteToComment;
import dev.kakehashi.federation.comments.PostReplies;
import dev.kakehashi.federation.comments.ReplyConsumer;
import dev.kakehashi.federation.comments.ReplyTargets;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.service.CommentGate;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.ReplyTargetQueries;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.WpImportRepository;
import dev.kakehashi.web.view.CommentsToView;
import dev.kakehashi.web.view.CommentsView;

/**
 * Comments: the service, the consumer that turns fediverse replies into comments, the replies
 * collection, and the thread a post page shows.
 *
 * @param consumer Wiring adds it to the note consumers
 */
record CommentWiring(CommentService service, CommentSettings settings, ReplyConsumer consumer, PostReplies replies) {
    static CommentWiring build(Core core, FederationBase base, CommentGate gate) {
        Transactions tx = core.tx();
        PostRepository posts = core.postRepo();
        ActorIds ids = base.actorIds();
        CommentSettings settings = new CommentSettings(tx, core.settingCache());
        CommentService service =
                new CommentService(tx, new CommentRepository(tx), gate, core.events(), settings, core.clock());
        var queries = new ReplyTargetQueries(tx, posts, new WpImportRepository(tx));
        ReplyTargets targets = new ReplyTargets(ids, queries::articleBySlug, queries::importedPost, service);
        ReplyConsumer consumer = new ReplyConsumer(
                service,
                targets,
                new MissingParents(base.fetcher(), MissingParents.MAX_HOPS),
                new NoteToComment(core.sanitizer()),
                base.remoteActors());
        return new CommentWiring(service, settings, consumer, new PostReplies(ids, service));
    }

    /** The thread under a post, as the theme shows it. */
    CommentsView thread(long postId) {
        return new CommentsToView().thread(service.thread(postId));
    }
}
