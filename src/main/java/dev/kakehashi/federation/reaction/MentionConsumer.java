package dev.kakehashi.federation.reaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.NewReaction;
import dev.kakehashi.domain.Reaction;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.vocab.PublicAudience;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.LocalUrl;
import dev.kakehashi.service.ReactionService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A remote post with a {@code Mention} tag naming one of our actors (the blog or an author, by
 * actor id or, as GoToSocial also accepts, by profile URL): a MENTION reaction for that actor with
 * a link to the post, and a notification (every admin for the blog). Public replies to our own
 * posts and comments are left to the comments side, which notifies them as replies; a
 * followers-only or direct reply, never a comment, is notified here as the private mention it is. An edit adds new mentions
 * and drops removed ones; a Delete removes them.
 */
public final class MentionConsumer implements NoteConsumer {
    /** The reaction's key per mentioned actor: one note may mention several of ours. */
    static final String SUFFIX = "#mention:";

    private final ReactionService reactions;
    private final LocalPosts posts;
    private final ActorIds ids;
    private final AccountQueries accounts;

    public MentionConsumer(ReactionService reactions, LocalPosts posts, ActorIds ids, AccountQueries accounts) {
        this.reactions = reactions;
        this.posts = posts;
        this.ids = ids;
        this.accounts = accounts;
    }

    @Override
    public boolean created(Inbound.Create activity, JsonNode object) {
        return take(activity.actorId(), object);
    }

    /** Keeps the post of {@code actorId} when it concerns one of our posts or actors. */
    private boolean take(String actorId, JsonNode object) {
        String noteId = RemoteNotes.id(object, actorId);
        if (noteId == null || isComment(object)) {
            return false;
        }
        Set<String> mentioned = mentioned(object);
        Set<Long> notified = new java.util.HashSet<>();
        for (String local : mentioned) {
            reactions.record(
                    new NewReaction(
                            ReactionKind.MENTION,
                            null,
                            local,
                            actorId,
                            ReactionIntake.host(actorId),
                            noteId + SUFFIX + local,
                            RemoteNotes.link(object),
                            null),
                    notified);
        }
        return !mentioned.isEmpty();
    }

    /** A public reply to one of our posts: the comments side keeps and notifies it as a reply. */
    private boolean isComment(JsonNode object) {
        return PublicAudience.includes(object)
                && posts.isOurs(dev.kakehashi.federation.inbox.Activities.idOf(object.get("inReplyTo")));
    }

    @Override
    public boolean updated(Inbound.Update activity, JsonNode object) {
        String noteId = RemoteNotes.id(object, activity.actorId());
        if (noteId == null) {
            return false;
        }
        List<Reaction> held = mentions(activity.actorId(), noteId);
        Set<String> now = mentioned(object);
        List<Reaction> dropped =
                held.stream().filter(s -> !now.contains(s.localActor())).toList();
        if (!dropped.isEmpty()) {
            reactions.remove(dropped);
        }
        boolean takes = take(activity.actorId(), object);
        return takes || !held.isEmpty();
    }

    @Override
    public boolean deleted(String actorId, String objectId) {
        List<Reaction> held = mentions(actorId, objectId);
        if (held.isEmpty()) {
            return false;
        }
        reactions.remove(held);
        return true;
    }

    /** The local actors ("blog", "account:12") the note's Mention tags name, each once. */
    Set<String> mentioned(JsonNode note) {
        Set<String> locals = new LinkedHashSet<>();
        for (String href : RemoteNotes.mentioned(note)) {
            ids.parse(href)
                    .filter(ref -> ref.kind() != ActorRef.Kind.INSTANCE)
                    .filter(ref -> ref.kind() == ActorRef.Kind.BLOG
                            || accounts.local(ref.accountId(), Account::id).isPresent())
                    .map(ActorRef::key)
                    .or(() -> byProfileUrl(href))
                    .ifPresent(locals::add);
        }
        return locals;
    }

    private java.util.Optional<String> byProfileUrl(String href) {
        java.util.Optional<String> name = ids.local(href).flatMap(LocalUrl::username);
        if (name.isEmpty()) {
            return java.util.Optional.empty();
        }
        String username = name.get();
        return accounts.local(username, Account::id)
                .map(id -> ActorRef.author(id).key());
    }

    private List<Reaction> mentions(String actorId, String noteId) {
        return reactions.ofNote(noteId, actorId, ReactionKind.MENTION);
    }
}
