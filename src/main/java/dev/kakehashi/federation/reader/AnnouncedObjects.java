package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.vocab.Lenient;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * The post an {@code Announce} boosts, in every shape servers send it, as a post we may believe:
 * <ul>
 *   <li>the object's id (Mastodon): fetched, signed, from its origin;
 *   <li>the object embedded (Misskey, Pleroma): its id must live where its author does, or it is
 *       forged and refused; it is taken as sent only from the author's own server, else fetched
 *       from its origin, as the booster cannot speak for another server's post;
 *   <li>an embedded {@code Create} of the object (the WordPress plugin's blog actor, Lemmy and
 *       other group actors): the Create's actor must be the object's author, then as above.
 * </ul>
 */
public final class AnnouncedObjects {
    /** The boosted post and its attachments. */
    public record Boosted(RemotePostContent post, List<RemoteMedia> media) {}

    private final RemoteFetcher fetcher;
    private final ObjectToRemotePost convert;

    public AnnouncedObjects(RemoteFetcher fetcher, ObjectToRemotePost convert) {
        this.fetcher = fetcher;
        this.convert = convert;
    }

    /**
     * The boosted post; fetches over the network, so call it outside any unit of work.
     *
     * @throws RejectedActivity when the object is forged, cannot be fetched, or is no post
     */
    public Boosted resolve(String boosterId, Inbound.Announce announce) {
        JsonNode object = announce.embedded();
        if (object == null) {
            return fetched(announce.object());
        }
        if (object != null && object.isObject() && ActivityType.CREATE.is(Lenient.text(object.get("type")))) {
            JsonNode inner = object.get("object");
            String creator = Activities.actorId(object);
            if (inner != null && inner.isObject() && creator != null && !NoteAuthorship.attributedTo(creator, inner)) {
                throw new RejectedActivity("the boosted Create's actor did not write its object");
            }
            object = inner;
        }
        if (object != null && object.isObject() && object.has("type")) {
            return embedded(boosterId, object);
        }
        String id = Activities.idOf(object);
        if (id == null) {
            throw new RejectedActivity("the Announce names no object");
        }
        return fetched(id);
    }

    private Boosted embedded(String boosterId, JsonNode object) {
        if (!NoteAuthorship.isPost(object)) {
            throw new RejectedActivity("the boosted object is not a Note, Article or Page");
        }
        String id = Activities.idOf(object.get("id"));
        String author = Activities.idOf(object.get("attributedTo"));
        if (id == null || author == null) {
            throw new RejectedActivity("the boosted object has no id or no author");
        }
        if (!NoteAuthorship.sameOrigin(author, id)) {
            throw new RejectedActivity("the boosted object " + id + " is not on its author's server");
        }
        if (NoteAuthorship.sameOrigin(boosterId, id)) {
            // The signed booster's own server vouches for its own posts.
            return new Boosted(convert.convert(author, object), ObjectToRemoteMedia.of(object));
        }
        return fetched(id);
    }

    private Boosted fetched(String id) {
        URI uri;
        try {
            uri = new URI(id);
        } catch (URISyntaxException e) {
            throw new RejectedActivity("the boosted object's id is not a URL: " + id);
        }
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new RejectedActivity("the boosted object's id is not an http(s) URL: " + id);
        }
        JsonNode doc;
        try {
            doc = fetcher.fetchObject(uri);
        } catch (RemoteFetchException e) {
            throw new RejectedActivity("the boosted object " + id + " could not be fetched: " + e.getMessage());
        }
        String author = Activities.idOf(doc.get("attributedTo"));
        if (author == null) {
            throw new RejectedActivity("the boosted object " + id + " has no author");
        }
        // convert checks that the author is on the object's server
        return new Boosted(convert.convert(author, doc), ObjectToRemoteMedia.of(doc));
    }
}
