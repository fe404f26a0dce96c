package dev.kakehashi.federation.comments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.federation.vocab.PublicAudience;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentService.Change;
import dev.kakehashi.service.CommentService.Outcome;
import dev.kakehashi.service.CommentService.Target;
import java.util.Deque;
import java.util.Optional;

/**
 * Public or unlisted replies to our posts, or to comments we hold, become comments; their Update
 * edits and their Delete removes them. A comment is shown to anyone, so a followers-only or direct
 * reply is never one: it is left to the mentions and direct messages, which only its addressees see. A reply whose parent we lack is placed by fetching the chain of parents
 * (bounded), but only when it addresses this site, so replies in strangers' threads cost nothing.
 */
public final class ReplyConsumer implements NoteConsumer {
    private final CommentService comments;
    private final ReplyTargets targets;
    private final MissingParents missing;
    private final NoteToComment convert;
    private final RemoteActorService actors;

    public ReplyConsumer(
            CommentService comments,
            ReplyTargets targets,
            MissingParents missing,
            NoteToComment convert,
            RemoteActorService actors) {
        this.comments = comments;
        this.targets = targets;
        this.missing = missing;
        this.convert = convert;
        this.actors = actors;
    }

    @Override
    public boolean created(Inbound.Create activity, JsonNode object) {
        String parent = NoteToComment.inReplyTo(object);
        if (parent == null || !PublicAudience.includes(object)) {
            return false;
        }
        Optional<Target> target = targets.resolve(parent);
        if (target.isEmpty()) {
            if (targets.isLocal(parent)) {
                throw new RejectedActivity("the reply's parent " + parent + " is not a post of this site");
            }
            if (comments.byUri(Lenient.idOf(object.get("id"))).isPresent()) {
                return true;
            }
            if (!addressesThisSite(activity.audience(), object)) {
                return false;
            }
            Optional<MissingParents.Chain> chain = missing.walk(parent, targets::resolve);
            if (chain.isEmpty() || !chain.get().parents().stream().allMatch(PublicAudience::includes)) {
                return false;
            }
            target = Optional.of(storeParents(chain.get()));
        }
        store(target.get(), activity.actorId(), object);
        return true;
    }

    /** Stores the fetched parents from ours downwards; returns where the reply itself goes. */
    private Target storeParents(MissingParents.Chain chain) {
        Target at = chain.root();
        Deque<JsonNode> parents = chain.parents();
        while (!parents.isEmpty()) {
            JsonNode parent = parents.pop();
            String author = Lenient.idOf(parent.get("attributedTo"));
            store(at, author, parent);
            String id = Lenient.idOf(parent.get("id"));
            at = comments.underComment(id)
                    .orElseThrow(() -> new RejectedActivity("the parent " + id + " could not be stored"));
        }
        return at;
    }

    private void store(Target target, String actorId, JsonNode object) {
        Outcome outcome = comments.receive(target, convert.convert(actorId, displayName(actorId), object));
        switch (outcome) {
            case CLOSED -> throw new RejectedActivity("comments are closed on post " + target.postId());
            case NO_POST -> throw new RejectedActivity("post " + target.postId() + " is not published");
            case STORED, KNOWN -> {}
        }
    }

    /** The author's name for moderation, from the actor cache (fetched when missing or stale). */
    private String displayName(String actorId) {
        try {
            RemoteActor a = actors.resolve(actorId);
            return a.name() != null && !a.name().isBlank() ? a.name() : a.acct();
        } catch (RemoteFetchException | IllegalArgumentException e) {
            return actorId;
        }
    }

    /** True when the reply or its activity names one of our actors (to, cc, or a Mention). */
    private boolean addressesThisSite(Inbound.Audience activity, JsonNode object) {
        if (activity.all().stream().anyMatch(targets::isLocal)) {
            return true;
        }
        for (String field : new String[] {"to", "cc", "bto", "bcc", "audience"}) {
            for (JsonNode v : Lenient.asArray(object.get(field))) {
                String id = Lenient.idOf(v);
                if (id != null && targets.isLocal(id)) {
                    return true;
                }
            }
        }
        for (JsonNode tag : Lenient.asArray(object.get("tag"))) {
            String href = Lenient.text(tag.get("href"));
            if ("Mention".equals(Lenient.text(tag.get("type"))) && href != null && targets.isLocal(href)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean updated(Inbound.Update activity, JsonNode object) {
        String id = Lenient.idOf(object.get("id"));
        Change change = comments.edit(id, activity.actorId(), convert.content(object));
        if (change == Change.NOT_AUTHOR) {
            throw new RejectedActivity("only its author may edit the comment " + id);
        }
        return change == Change.DONE;
    }

    @Override
    public boolean deleted(String actorId, String objectId) {
        Change change = comments.delete(objectId, actorId);
        if (change == Change.NOT_AUTHOR) {
            throw new RejectedActivity("only its author may delete the comment " + objectId);
        }
        return change == Change.DONE;
    }
}
