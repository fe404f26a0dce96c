package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.domain.event.RemoteStatusChanged;
import dev.kakehashi.federation.delivery.ActorRefKeys;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.NoteConsumer;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.reaction.RemoteNotes;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.RemotePostNotifier;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.TagRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * none of us follows its author; an edit may narrow it, never widen it. A repeated Create, or one for a
 * post already deleted, changes nothing. Each change raises a {@link RemoteStatusChanged}
 * (streaming tells those whose home shows it); an edit notifies the authors who favourited or
 * boosted the post, and a new public or unlisted post the authors who follow its author with
 * {@code notify}.
 */
public final class ReaderConsumer implements NoteConsumer {
    private static final Logger log = LoggerFactory.getLogger(ReaderConsumer.class);

    private final Transactions tx;
    private final FollowingRepository following;
    private final RemotePostRepository posts;
    private final ObjectToRemotePost convert;
    private final TagRepository tags;
    private final EventBus events;
    private final RemotePostNotifier edits;
    private final ActorIds ids;
    private final Clock clock;

    public ReaderConsumer(
            Transactions tx,
            FollowingRepository following,
            RemotePostRepository posts,
            ObjectToRemotePost convert,
            TagRepository tags,
            EventBus events,
            RemotePostNotifier edits,
            ActorIds ids,
            Clock clock) {
        this.tx = tx;
        this.following = following;
        this.posts = posts;
        this.convert = convert;
        this.tags = tags;
        this.events = events;
        this.edits = edits;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public boolean created(ReceivedActivity activity, JsonNode object) {
        if (DirectAddressing.isDirect(object)) {
            // A direct message is not for the reader: the conversations keep it, for its recipients.
            return false;
        }
        List<Following> followers = tx.call(() -> following.followersOf(activity.actorId()));
        Visibility visibility = RemoteVisibility.of(object, activity.json());
        boolean shared = visibility != Visibility.PRIVATE;
        List<Long> audience = shared ? List.of() : audience(followers, object);
        if (followers.isEmpty() && (shared ? !mentionsOurs(object) : audience.isEmpty())) {
            return false;
        }
        RemotePostContent post = convert.convert(activity.actorId(), object);
        boolean added = tx.call(() -> {
            if (posts.byUri(post.uri()).isPresent()) {
                return false;
            }
            posts.add(post, clock.instant());
            narrow(post.uri(), visibility, audience);
            // Its hashtags, so that an author following one sees it at home.
            tags.tagRemotePost(post.uri(), RemoteHashtags.of(object));
            posts.setInReplyTo(post.uri(), Activities.idOf(object.get("inReplyTo")));
            posts.setQuote(post.uri(), quoted(object));
            if (shared && !repliesToOthers(activity.actorId(), object)) {
                edits.posted(post.uri(), activity.actorId(), clock.instant());
            }
            changed(
                    RemoteStatusChanged.Change.ARRIVED,
                    posts.byUri(post.uri()).orElseThrow().id());
            return true;
        });
        if (added) {
            log.info("Received {} {} from {}", post.type(), post.uri(), activity.actorId());
        }
        return true;
    }

    /** True for a reply to a post that is not its author's own (or not known here). */
    private boolean repliesToOthers(String actorId, JsonNode object) {
        String inReplyTo = Activities.idOf(object.get("inReplyTo"));
        return inReplyTo != null
                && !posts.byUri(inReplyTo)
                        .map(p -> p.content().actorUri().equals(actorId))
                        .orElse(false);
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

    /** Stores a visibility narrower than public: unlisted, or private for {@code audience} alone. */
    private void narrow(String uri, Visibility visibility, List<Long> audience) {
        if (visibility == Visibility.PRIVATE) {
            posts.markPrivate(uri, audience);
        } else if (visibility == Visibility.UNLISTED) {
            posts.markUnlisted(uri);
        }
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
    public boolean updated(ReceivedActivity activity, JsonNode object) {
        RemotePostContent post = convert.convert(activity.actorId(), object);
        RemotePostContent dated = post.updated() != null ? post : post.updatedAt(clock.instant());
        List<Following> followers = tx.call(() -> following.followersOf(activity.actorId()));
        boolean updated = tx.call(() -> {
            var stored = posts.byUri(post.uri());
            if (stored.isEmpty() || stored.get().deletedAt() != null) {
                return false;
            }
            if (!stored.get().content().actorUri().equals(activity.actorId())) {
                throw new RejectedActivity("only its author may update " + post.uri());
            }
            // Out-of-order delivery: an edit older than the one we show changes nothing (INTEROP A9.7).
            // Compared at the stored precision (microseconds), so a repeated edit is not a new one.
            Instant shown = stored.get().content().updated();
            if (shown != null
                    && post.updated() != null
                    && !post.updated().truncatedTo(ChronoUnit.MICROS).isAfter(shown)) {
                return false;
            }
            if (!posts.update(dated)) {
                return false;
            }
            posts.setQuote(post.uri(), quoted(object));
            // An edit may narrow who sees the post (public to followers-only), never widen it.
            Visibility visibility = RemoteVisibility.of(object, activity.json());
            if (visibility.compareTo(stored.get().visibility()) > 0) {
                narrow(post.uri(), visibility, audience(followers, object));
            }
            changed(RemoteStatusChanged.Change.EDITED, stored.get().id());
            // Those here who favourited or boosted it are told (Mastodon's update notification).
            edits.edited(post.uri(), activity.actorId(), clock.instant());
            return true;
        });
        if (updated) {
            log.info("Updated {} from {}", post.uri(), activity.actorId());
        }
        return updated;
    }

    /** @throws RejectedActivity when someone else wrote the post */
    @Override
    public boolean deleted(String actorId, String objectId) {
        boolean deleted = tx.call(() -> {
            var stored = posts.byUri(objectId);
            if (stored.isEmpty() || stored.get().deletedAt() != null) {
                return false;
            }
            if (!stored.get().content().actorUri().equals(actorId)) {
                throw new RejectedActivity("only its author may delete " + objectId);
            }
            // Raised before it goes, while those whose home shows it can still be found.
            changed(RemoteStatusChanged.Change.REMOVED, stored.get().id());
            return posts.markDeleted(objectId, clock.instant());
        });
        if (deleted) {
            log.info("Deleted {} at the request of {}", objectId, actorId);
        }
        return deleted;
    }

    private void changed(RemoteStatusChanged.Change change, long id) {
        events.raise(tx, new RemoteStatusChanged(change, id));
    }
}
