package dev.kakehashi.federation.quote;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostQuote;
import dev.kakehashi.domain.QuoteState;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.domain.event.PostUpdated;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.id.LocalUrl;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.QuoteAuthorizationRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our authors' quotes and their approval (FEP-044f, INTEROP A12.2). A quote of one of our own
 * posts is approved when it is published, with a stamp of ours when another of our actors wrote the
 * quoted post. A quote of a post from elsewhere waits: its author gets
 * a QuoteRequest with our post inline, queued with the post; their Accept, once its stamp is
 * checked ({@link QuoteAnswerHandler}), approves the quote and our followers get an Update whose
 * Note carries the stamp; their Reject refuses it.
 */
public final class QuoteRequests {
    private static final Logger log = LoggerFactory.getLogger(QuoteRequests.class);

    /** A request of ours being answered: our quote post, the post it quotes and that post's author. */
    public record Asked(long postId, String quoting, String quoted, String quotedAuthor) {}

    private final Transactions tx;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final RemoteActorRepository actors;
    private final OutboxRepository outbox;
    private final QuoteAuthorizationRepository stamps;
    private final SiteService site;
    private final ActorIds ids;
    private final EventBus events;
    private final Runnable deliveryKick;
    private final Clock clock;

    public QuoteRequests(
            Transactions tx,
            PostRepository posts,
            RemotePostRepository remotePosts,
            RemoteActorRepository actors,
            OutboxRepository outbox,
            QuoteAuthorizationRepository stamps,
            SiteService site,
            ActorIds ids,
            EventBus events,
            Runnable deliveryKick,
            Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.actors = actors;
        this.outbox = outbox;
        this.stamps = stamps;
        this.site = site;
        this.ids = ids;
        this.events = events;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    /** In the publishing transaction, so the request and the post commit together or not at all. */
    public void subscribe() {
        events.subscribeInTransaction(PostPublished.class, e -> published(e.postId()));
    }

    private void published(long postId) {
        Post p = posts.byId(postId).orElseThrow(() -> new IllegalStateException("No post " + postId));
        PostQuote quote = p.quote();
        if (quote == null || quote.state() != QuoteState.PENDING) {
            return;
        }
        Instant now = clock.instant();
        var federation = site.federation();
        ActorRef by = PostToObject.attributedTo(p, federation.actorMode());
        if (ids.isOurs(quote.uri())) {
            p.quoteAnswered(quote.accepted(ownStamp(p, quote.uri(), by, now)), now);
            return;
        }
        Optional<RemoteActor> author = authorOf(quote.uri()).filter(a -> !a.isGone() && a.inbox() != null);
        if (author.isEmpty()) {
            log.warn("The quote of {} by post {} stays pending: its author is unknown here", quote.uri(), postId);
            return;
        }
        String body = QuoteRequestActivity.json(
                ids.quoteRequest(postId),
                ids.actor(by),
                quote.uri(),
                new PostToObject(ids).convert(p, federation, site.current().language()));
        outbox.add(
                by.key(),
                ActivityType.QUOTE_REQUEST,
                quote.uri(),
                null,
                body,
                author.get().inbox(),
                now,
                now);
        tx.afterCommit(deliveryKick);
        log.info("Asked {} to approve the quote of {} by post {}", author.get().uri(), quote.uri(), postId);
    }

    /**
     * The stamp by which one of our actors approves another's quote of their post, as peers such as
     * Mastodon want to see one; none for a quote of one's own post.
     */
    private String ownStamp(Post quoting, String quotedUri, ActorRef by, Instant now) {
        Optional<Post> quoted = ids.local(quotedUri).flatMap(LocalUrl::postId).flatMap(posts::byId);
        if (quoted.isEmpty()) {
            return null;
        }
        ActorRef owner =
                PostToObject.attributedTo(quoted.get(), site.federation().actorMode());
        if (owner.equals(by)) {
            return null;
        }
        long quotedId = quoted.get().id();
        var stamp = stamps.grant(quotedId, ids.post(quoting.id()), ids.actor(by), now);
        return ids.quoteAuthorization(quotedId, stamp.id());
    }

    /**
     * The request {@code requestId} of ours that {@code from} answers.
     *
     * @throws RejectedActivity when it is no request of ours, or {@code from} is not the quoted author
     */
    public Asked asked(String requestId, String from) {
        long postId = Optional.ofNullable(requestId)
                .flatMap(ids::local)
                .flatMap(LocalUrl::postId)
                .filter(id -> requestId.equals(ids.quoteRequest(id)))
                .orElseThrow(() -> new RejectedActivity("no QuoteRequest of ours is " + requestId));
        return tx.call(() -> {
            PostQuote quote = posts.byId(postId)
                    .filter(Post::isPublished)
                    .map(Post::quote)
                    .filter(q -> !ids.isOurs(q.uri()))
                    .orElseThrow(() -> new RejectedActivity("no published quote of ours is " + requestId));
            String author = authorOf(quote.uri())
                    .map(RemoteActor::uri)
                    .orElseThrow(() -> new RejectedActivity("the author of " + quote.uri() + " is unknown"));
            if (!author.equals(from)) {
                throw new RejectedActivity(from + " cannot answer for " + quote.uri() + ", by " + author);
            }
            return new Asked(postId, ids.post(postId), quote.uri(), author);
        });
    }

    /** The quoted author approved with {@code stamp} (checked): our followers get an Update. */
    public void accepted(Asked asked, String stamp) {
        answered(asked, stamp);
    }

    /** The quoted author refused; a quote approved before loses its stamp (an Update says so). */
    public void rejected(Asked asked) {
        answered(asked, null);
    }

    private void answered(Asked asked, String stamp) {
        boolean changed = tx.call(() -> {
            Post p = posts.byId(asked.postId()).orElseThrow(() -> new RejectedActivity("post gone"));
            PostQuote quote = p.quote();
            if (quote == null || !quote.uri().equals(asked.quoted())) {
                return false;
            }
            QuoteState was = quote.state();
            PostQuote answer = stamp != null ? quote.accepted(stamp) : quote.rejected();
            if (was == answer.state() && java.util.Objects.equals(stamp, quote.authorization())) {
                return false;
            }
            p.quoteAnswered(answer, clock.instant());
            if (answer.state() == QuoteState.ACCEPTED || was == QuoteState.ACCEPTED) {
                events.raise(tx, new PostUpdated(p.id(), p.author().id()));
            }
            return true;
        });
        if (changed) {
            log.info(
                    "{} {} the quote of {} by {}",
                    asked.quotedAuthor(),
                    stamp != null ? "approved" : "refused",
                    asked.quoted(),
                    asked.quoting());
        }
    }

    private Optional<RemoteActor> authorOf(String postUri) {
        return remotePosts.byUri(postUri).map(p -> p.content().actorUri()).flatMap(actors::byUri);
    }
}
