package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.service.RemoteLookup;
import dev.kakehashi.service.RemotePostService;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolving a search: a handle through WebFinger and the actor cache, a URL through the signed
 * fetch with its SSRF guard and blocklist; a post found is stored like one received (with its
 * attachments), once.
 */
public final class RemoteSearch implements RemoteLookup {
    private static final Logger log = LoggerFactory.getLogger(RemoteSearch.class);
    private static final Set<String> ACTOR_TYPES = Set.of("Person", "Service", "Application", "Group", "Organization");

    private final WebFingerClient webFinger;
    private final RemoteActorService remoteActors;
    private final RemoteFetcher fetcher;
    private final ObjectToRemotePost toPost;
    private final RemotePostService posts;
    private final ActorIds ids;

    public RemoteSearch(
            WebFingerClient webFinger,
            RemoteActorService remoteActors,
            RemoteFetcher fetcher,
            ObjectToRemotePost toPost,
            RemotePostService posts,
            ActorIds ids) {
        this.webFinger = webFinger;
        this.remoteActors = remoteActors;
        this.fetcher = fetcher;
        this.toPost = toPost;
        this.posts = posts;
        this.ids = ids;
    }

    @Override
    public Optional<RemoteActor> account(String handle) {
        Optional<WebFingerClient.Handle> h = WebFingerClient.parseHandle(handle);
        if (h.isEmpty() || h.get().host().equalsIgnoreCase(ids.links().authority())) {
            return Optional.empty();
        }
        try {
            return webFinger.lookup(h.get()).actor().map(URI::toString).flatMap(this::actor);
        } catch (RemoteFetchException e) {
            log.info("Search could not resolve {}: {}", handle, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<Found> url(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            return Optional.empty();
        }
        if (ids.isOurs(url)) {
            return Optional.empty();
        }
        try {
            JsonNode doc = fetcher.fetchObject(uri);
            if (NoteAuthorship.isPost(doc)) {
                return stored(doc).map(id -> new Found(id, null));
            }
            String type = doc.path("type").asText("");
            if (ACTOR_TYPES.contains(type)) {
                return actor(Activities.idOf(doc.get("id"))).map(a -> new Found(null, a));
            }
            return Optional.empty();
        } catch (RemoteFetchException e) {
            log.info("Search could not fetch {}: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<RemoteActor> actor(String actorUri) {
        if (actorUri == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(remoteActors.resolve(actorUri));
        } catch (RemoteFetchException e) {
            log.info("Search could not fetch the actor {}: {}", actorUri, e.getMessage());
            return Optional.empty();
        }
    }

    /** The post as a remote post row, added when new; its author is fetched into the cache first. */
    private Optional<Long> stored(JsonNode doc) {
        String author = Activities.idOf(doc.get("attributedTo"));
        if (author == null || actor(author).isEmpty()) {
            return Optional.empty();
        }
        RemotePostContent post;
        try {
            post = toPost.convert(author, doc);
        } catch (RejectedActivity e) {
            log.info("Search found no post we may believe: {}", e.getMessage());
            return Optional.empty();
        }
        return posts.found(post, RemoteVisibility.of(doc), ObjectToRemoteMedia.of(doc));
    }
}
