package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.RemotePinService;
import dev.kakehashi.service.RemotePostService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote account's featured (pinned) posts read from its {@code featured} collection, as
 * Mastodon's profile refresh reads them: an OrderedCollection (or Collection) with its items inline
 * or on its first page, at most {@link RemotePinService#MAX_PINS}; each item embedded (believed when
 * it lives on the account's server) or an id, fetched. Only the account's own public or unlisted
 * posts are kept, each stored as a received post. Fetches run outside any unit of work.
 */
public final class FeaturedPosts {
    private static final Logger log = LoggerFactory.getLogger(FeaturedPosts.class);

    private final RemoteFetcher fetcher;
    private final ObjectToRemotePost convert;
    private final RemotePostService posts;
    private final RemotePinService pins;

    public FeaturedPosts(
            RemoteFetcher fetcher, ObjectToRemotePost convert, RemotePostService posts, RemotePinService pins) {
        this.fetcher = fetcher;
        this.convert = convert;
        this.posts = posts;
        this.pins = pins;
    }

    /** Fetches the collections that are due (their accounts were fetched lately); returns how many. */
    public int syncDue() {
        List<String> due = pins.due(10);
        for (String actor : due) {
            sync(actor);
        }
        return due.size();
    }

    private void sync(String actorUri) {
        String collection = pins.collectionOf(actorUri);
        try {
            JsonNode doc = fetch(collection);
            List<JsonNode> items = items(doc);
            if (items.isEmpty() && doc.hasNonNull("first")) {
                JsonNode first = doc.get("first");
                items = items(first.isObject() && first.has("type") ? first : fetch(Lenient.idOf(first)));
            }
            List<String> kept = new ArrayList<>();
            for (JsonNode item : items.subList(0, Math.min(items.size(), RemotePinService.MAX_PINS))) {
                stored(actorUri, item).ifPresent(kept::add);
            }
            pins.featured(actorUri, kept);
            log.info("Read {} featured post(s) of {}", kept.size(), actorUri);
        } catch (RemoteFetchException | RejectedActivity | IllegalArgumentException e) {
            log.warn("Could not read the featured collection {} of {}: {}", collection, actorUri, e.getMessage());
            pins.fetchFailed(actorUri);
        }
    }

    private static List<JsonNode> items(JsonNode collection) {
        JsonNode items =
                collection.hasNonNull("orderedItems") ? collection.get("orderedItems") : collection.get("items");
        return Lenient.asArray(items);
    }

    /**
     * The post {@code item} names (embedded or by id), stored, if it is the actor's own public or
     * unlisted post; its id.
     */
    public Optional<String> stored(String actorUri, JsonNode item) {
        JsonNode object = item;
        String id = Activities.idOf(item);
        if (id == null || !NoteAuthorship.sameOrigin(actorUri, id)) {
            return Optional.empty();
        }
        if (!item.isObject() || !item.has("type")) {
            try {
                object = fetch(id);
            } catch (RemoteFetchException | IllegalArgumentException e) {
                log.warn("Could not fetch the featured post {} of {}: {}", id, actorUri, e.getMessage());
                return Optional.empty();
            }
        }
        if (!NoteAuthorship.isPost(object) || !NoteAuthorship.attributedTo(actorUri, object)) {
            return Optional.empty();
        }
        Visibility visibility = RemoteVisibility.of(object);
        if (!visibility.readableByAnyone()) {
            return Optional.empty();
        }
        RemotePostContent post;
        try {
            post = convert.convert(actorUri, object);
        } catch (RejectedActivity e) {
            return Optional.empty();
        }
        posts.backfilled(
                new RemotePostService.Arrival(post, visibility, List.of(), null, ObjectToRemoteMedia.of(object)));
        return Optional.of(post.uri());
    }

    private JsonNode fetch(String id) {
        if (id == null) {
            throw new IllegalArgumentException("no id");
        }
        return fetcher.fetchObject(URI.create(id));
    }
}
