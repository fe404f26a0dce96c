package dev.kakehashi.app;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.comments.MissingParents;
import dev.kakehashi.federation.comments.NoteToComment;
import dev.kakehashi.federation.comments.PostReplies;
import dev.kakehashi.federation.comments.ReplyConsumer;
import dev.kakehashi.federation.comments.ReplyTargets;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.service.CommentGate;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.SiteSettingsCache;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.web.view.CommentsToView;
import dev.kakehashi.web.view.CommentsView;
import java.time.Clock;

/**
 * Comments: the service, the consumer that turns fediverse replies into comments, the replies
 * collection, and the thread a post page shows.
 *
 * @param consumer Wiring adds it to the note consumers
 */
record CommentWiring(CommentService service, CommentSettings settings, ReplyConsumer consumer, PostReplies replies) {
    static CommentWiring build(
            Transactions tx,
            EventBus events,
            PostRepository posts,
            SiteSettingsCache siteSettings,
            ActorIds ids,
            HtmlSanitizer sanitizer,
            RemoteFetcher fetcher,
            RemoteActorService remoteActors,
            CommentGate gate,
            Clock clock) {
        CommentSettings settings = new CommentSettings(tx, siteSettings);
        CommentService service = new CommentService(tx, new CommentRepository(tx), gate, events, settings, clock);
        ReplyTargets targets = new ReplyTargets(
                ids.links(),
                slug -> tx.call(() -> posts.bySlug(slug).filter(Post::isArticle).map(Post::id)),
                service);
        ReplyConsumer consumer = new ReplyConsumer(
                service,
                targets,
                new MissingParents(fetcher, MissingParents.MAX_HOPS),
                new NoteToComment(sanitizer),
                remoteActors);
        return new CommentWiring(service, settings, consumer, new PostReplies(ids, service));
    }

    /** The thread under a post, as the theme shows it. */
    CommentsView thread(long postId) {
        return new CommentsToView().thread(service.thread(postId));
    }
}
