package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.reaction.RemoteNotes;
import dev.kakehashi.service.RemotePostService;
import dev.kakehashi.service.error.ServiceException;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's share of incoming posts: posts by accounts one of our actors follows are kept (with
 * their hashtags and what they answer), edited and deleted; so is a public post that mentions one
 * of our actors, so that the mention's notification can show it. Each keeps the visibility its
 * addressing gives it ({@link RemoteVisibility}): a followers-only post is PRIVATE, readable by the
 * authors here who follow its author and those it mentions alone (as Mastodon shows it), even when
 * none of us follows its author. This class reads the activity; {@link RemotePostService} keeps the
 * post and applies the rules (a repeated Create changes nothing, an edit never widens who sees it,
 * only the author edits or deletes, and who is notified).
 */
public final class ReaderConsumer implements NoteConsumer {
    private static final Logger log = LoggerFactory.getLogger(ReaderConsumer.class);

    private final RemotePostService posts;
    private final ObjectToRemotePost convert;
    private final ActorIds ids;

    public ReaderConsumer(RemotePostService posts, ObjectToRemotePost convert, ActorIds ids) {
        this.posts = posts;
        this.convert = convert;
        this.ids = ids;
    }

    @Override
    public boolean created(Inbound.Create activity, JsonNode object) {
        if (DirectAddressing.isDirect(object)) {
            // A direct message is not for the reader: the conversations keep it, for its recipients.
            return false;
        }
        List<Following> followers = posts.followersOf(activity.actorId());
        Visibility visibility = RemoteVisibility.of(object, activity.audience());
        boolean shared = visibility != Visibility.PRIVATE;
        List<Long> audience = shared ? List.of() : audience(followers, object);
        if (followers.isEmpty() && (shared ? !mentionsOurs(object) : audience.isEmpty())) {
            return false;
        }
        RemotePostContent post = convert.convert(activity.actorId(), object);
        boolean added = posts.arrived(new RemotePostService.Arrival(
                post, visibility, audience, quoted(object), ObjectToRemoteMedia.of(object)));
        if (added) {
            log.info("Received {} {} from {}", post.type(), post.uri(), activity.actorId());
        }
        return true;
    }

    private boolean mentionsOurs(JsonNode object) {
        return RemoteNotes.mentioned(object).stream().anyMatch(href -> ids.parse(href)
                .filter(ref -> ref.kind() != ActorRef.Kind.INSTANCE)
                .isPresent());
    }

    /** The id of the post the object quotes, if it is a URL that fits the column; else null. */
    private static String quoted(JsonNode object) {
        String quoted = RemoteNotes.quoted(object);
        return quoted != null && quoted.length() <= 2048 && quoted.startsWith("http") ? quoted : null;
    }

    /**
     * Who may read a followers-only post: the authors among its author's followers here, and those
     * it mentions.
     */
    private List<Long> audience(List<Following> followers, JsonNode object) {
        return Stream.concat(
                        followers.stream()
                                .map(f -> ActorRefKeys.parse(f.localActor()))
                                .filter(ref -> ref.kind() == ActorRef.Kind.AUTHOR)
                                .map(ActorRef::accountId),
                        mentionedAuthors(object).stream())
                .distinct()
                .toList();
    }

    /** The accounts of the authors the post's Mention tags name. */
    private List<Long> mentionedAuthors(JsonNode object) {
        return RemoteNotes.mentioned(object).stream()
                .flatMap(href -> ids.parse(href).stream())
                .filter(ref -> ref.kind() == ActorRef.Kind.AUTHOR)
                .map(ActorRef::accountId)
                .distinct()
                .toList();
    }

    @Override
    public boolean updated(Inbound.Update activity, JsonNode object) {
        RemotePostContent post = convert.convert(activity.actorId(), object);
        // An edit may narrow who sees the post (public to followers-only), never widen it.
        Visibility visibility = RemoteVisibility.of(object, activity.audience());
        List<Long> audience =
                visibility == Visibility.PRIVATE ? audience(posts.followersOf(activity.actorId()), object) : List.of();
        boolean updated;
        try {
            updated = posts.edited(new RemotePostService.Arrival(
                    post, visibility, audience, quoted(object), ObjectToRemoteMedia.of(object)));
        } catch (ServiceException e) {
            throw new RejectedActivity(e.getMessage());
        }
        if (updated) {
            log.info("Updated {} from {}", post.uri(), activity.actorId());
        }
        return updated;
    }

    /** @throws RejectedActivity when someone else wrote the post */
    @Override
    public boolean deleted(String actorId, String objectId) {
        boolean deleted;
        try {
            deleted = posts.deleted(actorId, objectId);
        } catch (ServiceException e) {
            throw new RejectedActivity(e.getMessage());
        }
        if (deleted) {
            log.info("Deleted {} at the request of {}", objectId, actorId);
        }
        return deleted;
    }
}
