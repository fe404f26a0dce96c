package dev.kakehashi.federation.quote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.reaction.LocalPosts;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.QuoteAuthorizationRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a QuoteRequest for one of our posts as its {@code interactionPolicy} promised (INTEROP
 * A12.3-4): a public or unlisted post may be quoted by anyone, so the request gets an {@code Accept}
 * whose {@code result} is a QuoteAuthorization stamp stored for it; a followers-only or direct post
 * by nobody, so it gets a {@code Reject}. Either answer goes from the post's actor to the
 * requester's inbox, queued with the stamp in one transaction.
 */
public final class QuoteApprovals {
    private static final Logger log = LoggerFactory.getLogger(QuoteApprovals.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A checked request: its id, its actor, our post it quotes, their quoting post, its type as sent. */
    public record Request(String id, String actor, String quoted, String quoting, String type) {}

    private final Transactions tx;
    private final LocalPosts posts;
    private final PostRepository postRepo;
    private final QuoteAuthorizationRepository stamps;
    private final OutboxRepository outbox;
    private final RemoteActorService actors;
    private final LocalActors local;
    private final Runnable deliveryKick;
    private final Clock clock;

    public QuoteApprovals(
            Transactions tx,
            LocalPosts posts,
            PostRepository postRepo,
            QuoteAuthorizationRepository stamps,
            OutboxRepository outbox,
            RemoteActorService actors,
            LocalActors local,
            Runnable deliveryKick,
            Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.postRepo = postRepo;
        this.stamps = stamps;
        this.outbox = outbox;
        this.actors = actors;
        this.local = local;
        this.deliveryKick = deliveryKick;
        this.clock = clock;
    }

    /** @throws RejectedActivity when the quoted post is not a published post of ours */
    public void answer(Request r) {
        LocalPosts.Target target = posts.resolve(r.quoted());
        if (target.kind() != LocalPosts.Kind.POST) {
            throw new RejectedActivity("no published post of ours is " + r.quoted());
        }
        String inbox = inboxOf(r.actor());
        long postId = target.post().id();
        Instant now = clock.instant();
        boolean allowed = tx.call(() -> {
            Post post = postRepo.byId(postId).orElseThrow(() -> new RejectedActivity("post gone: " + r.quoted()));
            ActorRef by = local.attributedTo(post.author().id());
            boolean open = post.visibility().readableByAnyone();
            ActivityType type = open ? ActivityType.ACCEPT : ActivityType.REJECT;
            ObjectNode answer = answer(r, by, type);
            if (open) {
                var stamp = stamps.grant(post.id(), r.quoting(), r.actor(), now);
                answer.put("result", local.ids().quoteAuthorization(post.id(), stamp.id()));
            }
            outbox.add(by.key(), type, r.id(), null, answer.toString(), inbox, now, now);
            tx.afterCommit(deliveryKick);
            return open;
        });
        log.info("{} the quote of {} by {}", allowed ? "Accepted" : "Rejected", r.quoted(), r.quoting());
    }

    private String inboxOf(String actorUri) {
        try {
            RemoteActor actor = actors.resolve(actorUri);
            if (actor.inbox() == null) {
                throw new RejectedActivity("the requester has no inbox");
            }
            return actor.inbox();
        } catch (RemoteFetchException e) {
            throw new IllegalStateException("the requester could not be fetched: " + e.getMessage(), e);
        }
    }

    /** The Accept or Reject of the request, its object the request as sent (Mastodon matches its id). */
    private ObjectNode answer(Request r, ActorRef by, ActivityType type) {
        ObjectNode request = JSON.createObjectNode();
        request.put("id", r.id());
        request.put("type", r.type() != null ? r.type() : ActivityType.QUOTE_REQUEST.asName());
        request.put("actor", r.actor());
        request.put("object", r.quoted());
        request.put("instrument", r.quoting());
        ObjectNode activity = JSON.createObjectNode();
        activity.set("@context", JSON.valueToTree(QuoteStamps.CONTEXT));
        activity.put("id", local.ids().activity(by, type));
        activity.put("type", type.asName());
        activity.put("actor", local.ids().actor(by));
        activity.put("to", r.actor());
        activity.set("object", request);
        return activity;
    }
}
