package dev.kakehashi.federation.quote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.reaction.LocalPosts;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.service.QuoteService;
import dev.kakehashi.service.error.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a QuoteRequest for one of our posts as its {@code interactionPolicy} promised (INTEROP
 * A12.3-4): a public or unlisted post may be quoted by anyone, so the request gets an {@code Accept}
 * whose {@code result} is a QuoteAuthorization stamp stored for it; a followers-only or direct post
 * by nobody, so it gets a {@code Reject}. Either answer goes from the post's actor to the
 * requester's inbox, queued by {@link QuoteService} with the stamp in one transaction.
 */
public final class QuoteApprovals {
    private static final Logger log = LoggerFactory.getLogger(QuoteApprovals.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A checked request: its id, its actor, our post it quotes, their quoting post, its type as sent. */
    public record Request(String id, String actor, String quoted, String quoting, String type) {}

    private final LocalPosts posts;
    private final QuoteService quotes;
    private final RemoteActorService actors;
    private final ActorIds ids;

    public QuoteApprovals(LocalPosts posts, QuoteService quotes, RemoteActorService actors, ActorIds ids) {
        this.posts = posts;
        this.quotes = quotes;
        this.actors = actors;
        this.ids = ids;
    }

    /** @throws RejectedActivity when the quoted post is not a published post of ours */
    public void answer(Request r) {
        LocalPosts.Target target = posts.resolve(r.quoted());
        if (target.kind() != LocalPosts.Kind.POST) {
            throw new RejectedActivity("no published post of ours is " + r.quoted());
        }
        String inbox = inboxOf(r.actor());
        boolean allowed;
        try {
            allowed = quotes.answer(
                    new QuoteService.QuoteAsk(target.postId(), r.id(), r.actor(), r.quoting(), inbox),
                    (by, type, stamp) ->
                            answer(r, ActorRefKeys.parse(by), type, stamp).toString());
        } catch (ServiceException e) {
            throw new RejectedActivity(e.getMessage());
        }
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
    private ObjectNode answer(Request r, ActorRef by, ActivityType type, String stamp) {
        ObjectNode request = JSON.createObjectNode();
        request.put("id", r.id());
        request.put("type", r.type() != null ? r.type() : ActivityType.QUOTE_REQUEST.asName());
        request.put("actor", r.actor());
        request.put("object", r.quoted());
        request.put("instrument", r.quoting());
        ObjectNode activity = JSON.createObjectNode();
        activity.set("@context", JSON.valueToTree(QuoteStamps.CONTEXT));
        activity.put("id", ids.activity(by, type));
        activity.put("type", type.asName());
        activity.put("actor", ids.actor(by));
        activity.put("to", r.actor());
        activity.set("object", request);
        if (stamp != null) {
            activity.put("result", stamp);
        }
        return activity;
    }
}
