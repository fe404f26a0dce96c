package dev.kakehashi.federation.reaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.NewReaction;
import dev.kakehashi.domain.Reaction;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.service.ReactionService;
import java.util.List;

/**
 * A remote post quoting one of ours (FEP-044f {@code quote}, {@code _misskey_quote}, {@code
 * quoteUrl}, {@code quoteUri}): a QUOTE reaction on the post, shown as "mentioned in", and a
 * notification for its author. An edit that drops the quote removes it; a Delete of the post too.
 */
public final class QuoteConsumer implements NoteConsumer {
    private final ReactionService reactions;
    private final LocalPosts posts;

    public QuoteConsumer(ReactionService reactions, LocalPosts posts) {
        this.reactions = reactions;
        this.posts = posts;
    }

    @Override
    public boolean created(Inbound.Create activity, JsonNode object) {
        return take(activity.actorId(), object);
    }

    /** Keeps the post of {@code actorId} when it concerns one of our posts or actors. */
    private boolean take(String actorId, JsonNode object) {
        String noteId = RemoteNotes.id(object, actorId);
        String quoted = RemoteNotes.quoted(object);
        if (noteId == null || quoted == null) {
            return false;
        }
        LocalPosts.Target target = posts.resolve(quoted);
        if (target.kind() != LocalPosts.Kind.POST) {
            return false;
        }
        reactions.record(new NewReaction(
                ReactionKind.QUOTE,
                target.postId(),
                null,
                actorId,
                ReactionIntake.host(actorId),
                noteId,
                RemoteNotes.link(object),
                null));
        return true;
    }

    @Override
    public boolean updated(Inbound.Update activity, JsonNode object) {
        String noteId = RemoteNotes.id(object, activity.actorId());
        if (noteId == null) {
            return false;
        }
        List<Reaction> held = quotes(activity.actorId(), noteId);
        String quoted = RemoteNotes.quoted(object);
        LocalPosts.Target target = quoted == null ? null : posts.resolve(quoted);
        long nowQuoted = target != null && target.kind() == LocalPosts.Kind.POST ? target.postId() : -1;
        List<Reaction> dropped = held.stream()
                .filter(s -> s.postId() == null || s.postId() != nowQuoted)
                .toList();
        if (!dropped.isEmpty()) {
            reactions.remove(dropped);
        }
        boolean takes = nowQuoted > 0 && take(activity.actorId(), object);
        return takes || !held.isEmpty();
    }

    @Override
    public boolean deleted(String actorId, String objectId) {
        List<Reaction> held = quotes(actorId, objectId);
        if (held.isEmpty()) {
            return false;
        }
        reactions.remove(held);
        return true;
    }

    private List<Reaction> quotes(String actorId, String noteId) {
        return reactions.ofNote(noteId, actorId, ReactionKind.QUOTE);
    }
}
