package dev.kakehashi.service;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostQuote;
import dev.kakehashi.domain.QuoteState;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.domain.event.PostUpdated;
import dev.kakehashi.service.OutboxService.Outbound;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.QuoteAuthorizationRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our authors' quotes and their approval (FEP-044f, INTEROP A12.2). A quote of one of our own posts
 * is approved when it is published, with a stamp of ours when another of our actors wrote the quoted
 * post. A quote of a post from elsewhere waits: its author gets a QuoteRequest, queued with the post;
 * their Accept (its stamp checked by the caller) approves it and our followers get an Update; their
 * Reject refuses it. When the quoted author is unknown at publish time, {@link #unasked} lists the
 * quote for {@link #PATIENCE} so that the request is sent once they are known.
 */
public final class QuoteService {
    private static final Logger log = LoggerFactory.getLogger(QuoteService.class);
    /** How long after publishing a quote whose request could not be sent is tried again. */
    public static final Duration PATIENCE = Duration.ofHours(24);

    /** A request of ours being answered: our quote post, the post it quotes and that post's author. */
    public record Asked(long postId, String quoting, String quoted, String quotedAuthor) {}

    /** A published quote of a post from elsewhere whose request is not sent: the quoted post's author, or null. */
    public record Unasked(long postId, String quoted, String quotedAuthor) {}

    /** What the protocol side knows of ids and activities; the service keeps the rules and rows. */
    public interface Protocol {
        /** Whether {@code uri} is one of our ids. */
        boolean isOurs(String uri);

        /** Our post {@code uri} names, or empty when it is not one of ours. */
        Optional<Long> localPost(String uri);

        /** Our actor key ("blog", "account:12") the post {@code p} is attributed to. */
        String attributedTo(Post p);

        /** The id of our actor {@code actorKey}. */
        String actorId(String actorKey);

        /** The id of our post {@code postId}. */
        String postId(long postId);

        /** The id of the stamp {@code stampId} approving a quote of our post {@code postId}. */
        String stampId(long postId, long stampId);

        /** Our post whose QuoteRequest has the id {@code requestId}, if it is one of ours. */
        Optional<Long> requestedBy(String requestId);

        /** The QuoteRequest for the quote post {@code p}, as JSON, with the post inline. */
        String request(Post p);
    }

    /** The Accept or Reject of a request to quote one of our posts, as JSON. */
    public interface AnswerRenderer {
        /** @param stampId the stamp's id for an Accept, null for a Reject */
        String render(String actorKey, ActivityType type, String stampId);
    }

    private final Transactions tx;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final RemoteActorRepository actors;
    private final QuoteAuthorizationRepository stamps;
    private final OutboxService outbox;
    private final EventBus events;
    private final Protocol protocol;
    private final Clock clock;

    public QuoteService(
            Transactions tx,
            PostRepository posts,
            RemotePostRepository remotePosts,
            RemoteActorRepository actors,
            QuoteAuthorizationRepository stamps,
            OutboxService outbox,
            EventBus events,
            Protocol protocol,
            Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.actors = actors;
        this.stamps = stamps;
        this.outbox = outbox;
        this.events = events;
        this.protocol = protocol;
        this.clock = clock;
    }

    /** In the publishing transaction, so the request and the post commit together or not at all. */
    public void subscribe() {
        events.subscribeInTransaction(PostPublished.class, e -> ask(e.postId()));
    }

    /**
     * Asks for the approval of post {@code postId}'s quote, if it waits for one: approves a quote of
     * ours at once, or queues the QuoteRequest to the quoted author when they are known here.
     *
     * @return true when the quote no longer waits for us (approved, or its request queued)
     */
    public boolean ask(long postId) {
        return tx.call(() -> {
            Post p = posts.byId(postId).orElseThrow(() -> new IllegalStateException("No post " + postId));
            PostQuote quote = p.quote();
            if (quote == null || quote.state() != QuoteState.PENDING) {
                return false;
            }
            Instant now = clock.instant();
            String by = protocol.attributedTo(p);
            if (protocol.isOurs(quote.uri())) {
                p.quoteAnswered(quote.accepted(ownStamp(p, quote.uri(), by, now)), now);
                return true;
            }
            Optional<RemoteActor> author = authorOf(quote.uri()).filter(a -> !a.isGone() && a.inbox() != null);
            if (author.isEmpty()) {
                log.warn("The quote of {} by post {} waits: its author is unknown here", quote.uri(), postId);
                return false;
            }
            outbox.queue(new Outbound(
                    by,
                    ActivityType.QUOTE_REQUEST,
                    quote.uri(),
                    postId,
                    protocol.request(p),
                    author.get().inbox()));
            log.info(
                    "Asked {} to approve the quote of {} by post {}",
                    author.get().uri(),
                    quote.uri(),
                    postId);
            return true;
        });
    }

    /**
     * Published quotes of posts from elsewhere, newer than {@link #PATIENCE}, whose QuoteRequest was
     * never queued (their author was unknown when they were published), oldest first.
     */
    public List<Unasked> unasked(int limit) {
        Instant since = clock.instant().minus(PATIENCE);
        return tx.call(() -> posts.unaskedQuotesSince(since, limit).stream()
                .flatMap(id -> posts.byId(id).stream())
                .filter(p -> !protocol.isOurs(p.quote().uri()))
                .map(p -> new Unasked(
                        p.id(),
                        p.quote().uri(),
                        remotePosts
                                .byUri(p.quote().uri())
                                .map(r -> r.content().actorUri())
                                .orElse(null)))
                .toList());
    }

    /**
     * The stamp by which one of our actors approves another's quote of their post, as peers such as
     * Mastodon want to see one; none for a quote of one's own post.
     */
    private String ownStamp(Post quoting, String quotedUri, String by, Instant now) {
        Optional<Post> quoted = protocol.localPost(quotedUri).flatMap(posts::byId);
        if (quoted.isEmpty() || protocol.attributedTo(quoted.get()).equals(by)) {
            return null;
        }
        long quotedId = quoted.get().id();
        var stamp = stamps.grant(quotedId, protocol.postId(quoting.id()), protocol.actorId(by), now);
        return protocol.stampId(quotedId, stamp.id());
    }

    /**
     * The request {@code requestId} of ours that {@code from} answers.
     *
     * @throws ServiceException 422 when it is no request of ours, 403 when {@code from} is not the
     *     quoted author
     */
    public Asked asked(String requestId, String from) {
        long postId = Optional.ofNullable(requestId)
                .flatMap(protocol::requestedBy)
                .orElseThrow(() -> new ServiceException(422, "no QuoteRequest of ours is " + requestId));
        return tx.call(() -> {
            PostQuote quote = posts.byId(postId)
                    .filter(Post::isPublished)
                    .map(Post::quote)
                    .filter(q -> !protocol.isOurs(q.uri()))
                    .orElseThrow(() -> new ServiceException(422, "no published quote of ours is " + requestId));
            String author = authorOf(quote.uri())
                    .map(RemoteActor::uri)
                    .orElseThrow(() -> new ServiceException(422, "the author of " + quote.uri() + " is unknown"));
            if (!author.equals(from)) {
                throw ServiceException.forbidden(from + " cannot answer for " + quote.uri() + ", by " + author);
            }
            return new Asked(postId, protocol.postId(postId), quote.uri(), author);
        });
    }

    /** {@code QuoteRequest} when {@code id} is the id of one of our QuoteRequests (for an answer naming it alone). */
    public Optional<ActivityType> sentType(String id) {
        return protocol.requestedBy(id).map(postId -> ActivityType.QUOTE_REQUEST);
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
            Post p = posts.byId(asked.postId()).orElseThrow(() -> ServiceException.notFound("post"));
            PostQuote quote = p.quote();
            if (quote == null || !quote.uri().equals(asked.quoted())) {
                return false;
            }
            QuoteState was = quote.state();
            PostQuote answer = stamp != null ? quote.accepted(stamp) : quote.rejected();
            if (was == answer.state() && Objects.equals(stamp, quote.authorization())) {
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

    /** A request to quote our post {@code postId}: its id, who asks, their quoting post, their inbox. */
    public record QuoteAsk(long postId, String requestId, String requester, String quoting, String inbox) {}

    /**
     * Answers a request to quote one of our posts as the post's {@code interactionPolicy} promised (INTEROP A12.3-4): a public or
     * unlisted post may be quoted by anyone (an Accept with a stamp stored for it); a followers-only
     * or direct one by nobody (a Reject). The answer is queued to the requester's inbox with the stamp,
     * in one transaction.
     *
     * @return true when the quote was allowed
     * @throws ServiceException 404 when the post is gone
     */
    public boolean answer(QuoteAsk ask, AnswerRenderer render) {
        Instant now = clock.instant();
        return tx.call(() -> {
            Post post = posts.byId(ask.postId()).orElseThrow(() -> ServiceException.notFound("post"));
            String by = protocol.attributedTo(post);
            boolean open = post.visibility().readableByAnyone();
            ActivityType type = open ? ActivityType.ACCEPT : ActivityType.REJECT;
            String stampId = open
                    ? protocol.stampId(
                            post.id(),
                            stamps.grant(post.id(), ask.quoting(), ask.requester(), now)
                                    .id())
                    : null;
            String body = render.render(by, type, stampId);
            outbox.queue(new Outbound(by, type, ask.requestId(), null, body, ask.inbox()));
            return open;
        });
    }

    /** A stamp we granted, as its document shows it: our post, its author, and the quoting post. */
    public record Stamp(long postId, long authorId, long stampId, String quotingUri) {}

    /** The stamp {@code stampId} of our post {@code postId}, while the post is published for everyone. */
    public Optional<Stamp> stamp(long postId, long stampId) {
        return tx.call(() -> stamps.byId(postId, stampId).flatMap(stamp -> posts.byId(postId)
                .filter(p -> p.isPublished() && p.visibility().readableByAnyone())
                .map(p -> new Stamp(p.id(), p.author().id(), stamp.id(), stamp.quotingUri()))));
    }

    private Optional<RemoteActor> authorOf(String postUri) {
        return remotePosts.byUri(postUri).map(p -> p.content().actorUri()).flatMap(actors::byUri);
    }
}
