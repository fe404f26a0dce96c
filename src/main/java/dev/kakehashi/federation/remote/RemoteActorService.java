package dev.kakehashi.federation.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import dev.kakehashi.federation.vocab.DocumentException;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.federation.vocab.RemoteActorDocument;
import dev.kakehashi.service.RemoteActorCache;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remote actors, fetched on demand and cached in the database for a day (Mastodon's {@code
 * STALE_THRESHOLD}, kept by {@link RemoteActorCache}). Network calls happen outside any transaction.
 */
public final class RemoteActorService {
    private static final Logger log = LoggerFactory.getLogger(RemoteActorService.class);
    static final Duration FRESH_FOR = Duration.ofDays(1);

    private final RemoteActorCache actors;
    private final RemoteFetcher fetcher;
    private final java.util.concurrent.ConcurrentMap<String, CompletableFuture<RemoteActor>> inFlight =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final HtmlSanitizer sanitizer;
    private final Clock clock;
    private final java.util.List<java.util.function.BiConsumer<String, JsonNode>> fetchListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public RemoteActorService(RemoteActorCache actors, RemoteFetcher fetcher, HtmlSanitizer sanitizer, Clock clock) {
        this.actors = actors;
        this.fetcher = fetcher;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    /**
     * The actor with id {@code uri}: from the cache when fetched less than a day ago, otherwise
     * fetched. When the fetch fails for a passing reason (timeout, 5xx) a stale cached copy is
     * returned rather than nothing.
     *
     * @throws RemoteFetchException {@link Reason#GONE} when the actor was deleted, or why it could
     *     not be fetched
     */
    public RemoteActor resolve(String uri) {
        Optional<RemoteActor> cached = cached(uri);
        if (cached.isPresent() && cached.get().isGone()) {
            throw new RemoteFetchException(Reason.GONE, URI.create(uri), "the actor was deleted");
        }
        if (cached.isPresent() && isFresh(cached.get())) {
            return cached.get();
        }
        try {
            return refresh(uri);
        } catch (RemoteFetchException e) {
            if (cached.isPresent() && (e.reason() == Reason.UNREACHABLE || e.reason() == Reason.HTTP_ERROR)) {
                log.warn("Using the cached copy of {}: {}", uri, e.getMessage());
                return cached.get();
            }
            throw e;
        }
    }

    /**
     * Fetches the actor now, whatever the cache holds: after an {@code Update}, or when a signature
     * does not verify with the cached key (key rotation). A 410 marks the cached actor gone.
     */
    public RemoteActor refresh(String uri) {
        // Concurrent first activities of a new actor share one fetch and one insert.
        CompletableFuture<RemoteActor> mine = new CompletableFuture<>();
        CompletableFuture<RemoteActor> running = inFlight.putIfAbsent(uri, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            RemoteActor actor = fetchAndStore(uri);
            mine.complete(actor);
            return actor;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(uri, mine);
        }
    }

    private RemoteActor fetchAndStore(String uri) {
        URI target = parseUri(uri);
        JsonNode doc;
        try {
            doc = fetcher.fetchObject(target);
        } catch (RemoteFetchException e) {
            if (e.reason() == Reason.GONE) {
                markGone(uri);
            }
            throw e;
        }
        return fetched(store(target, doc), doc);
    }

    /** Tells every {@link #whenFetched} listener of the actor's document, fetched just now. */
    private RemoteActor fetched(RemoteActor actor, JsonNode doc) {
        fetchListeners.forEach(l -> l.accept(actor.uri(), doc));
        return actor;
    }

    /** An actor fetched just now, with the former accounts it names ({@code alsoKnownAs}). */
    public record Aliased(RemoteActor actor, java.util.List<String> alsoKnownAs) {}

    /**
     * Fetches the actor now, as {@link #refresh} does, and reads its {@code alsoKnownAs}: a Move is
     * checked against what the new account publishes at this moment, never a cached copy.
     */
    public Aliased refreshWithAliases(String uri) {
        URI target = parseUri(uri);
        JsonNode doc;
        try {
            doc = fetcher.fetchObject(target);
        } catch (RemoteFetchException e) {
            if (e.reason() == Reason.GONE) {
                markGone(uri);
            }
            throw e;
        }
        RemoteActor actor = fetched(store(target, doc), doc);
        return new Aliased(actor, RemoteActorDocument.parse(doc).alsoKnownAs());
    }

    /**
     * The owner of a signing key, for signature verification. {@code https://host/users/alice#main-key}
     * is looked up by its document part (the actor); a key id that is a document of its own (a key
     * object with an {@code owner}) leads to that owner. The actor returned always publishes {@code
     * keyId} as its own key.
     */
    public RemoteActor byKeyId(String keyId) {
        Optional<RemoteActor> cached = actors.byKeyId(keyId);
        if (cached.isPresent() && !cached.get().isGone() && isFresh(cached.get())) {
            return cached.get();
        }
        URI key = parseUri(keyId);
        URI document = withoutFragment(key);
        RemoteActor actor;
        if (!document.equals(key)) {
            actor = resolve(document.toString());
            if (!keyId.equals(actor.publicKeyId())) {
                actor = refresh(document.toString());
            }
        } else {
            JsonNode doc = fetcher.fetchObject(key);
            String owner = Lenient.idOf(doc.get("owner"));
            if (owner != null && !doc.has("inbox")) {
                if (!RemoteActorDocument.sameHost(owner, keyId)) {
                    throw new RemoteFetchException(Reason.INVALID_DOCUMENT, key, "the key's owner is on another host");
                }
                actor = refresh(owner);
            } else {
                actor = store(key, doc);
            }
        }
        if (!keyId.equals(actor.publicKeyId())) {
            throw new RemoteFetchException(Reason.INVALID_DOCUMENT, key, "the actor does not publish this key");
        }
        return actor;
    }

    private RemoteActor store(URI fetchedFrom, JsonNode doc) {
        RemoteActorDocument actor;
        try {
            actor = RemoteActorDocument.parse(doc);
        } catch (DocumentException e) {
            throw new RemoteFetchException(Reason.INVALID_DOCUMENT, fetchedFrom, e.getMessage());
        }
        // A key published on another host cannot speak for this actor (INTEROP A2.3, A4.6).
        boolean keyOk = actor.publicKeyId() != null && RemoteActorDocument.sameHost(actor.publicKeyId(), actor.id());
        RemoteActor.Profile profile = new RemoteActor.Profile(
                actor.type(),
                actor.preferredUsername(),
                actor.name() == null ? null : HtmlSanitizer.text(actor.name()),
                sanitizer.sanitizeRemote(actor.summaryHtml()),
                actor.url(),
                actor.iconUrl(),
                actor.inbox(),
                actor.sharedInbox(),
                actor.followers(),
                keyOk ? actor.publicKeyId() : null,
                keyOk ? actor.publicKeyPem() : null,
                actor.manuallyApprovesFollowers());
        return actors.save(actor.id(), profile);
    }

    /**
     * Marks the cached actor deleted (a 410, or its own Delete): it is no longer fetched or trusted.
     * Every {@link #whenGone} listener hears of it in the same transaction, cached or not.
     */
    public void markGone(String uri) {
        actors.markGone(uri);
    }

    /**
     * Adds what happens when an actor's document was fetched (its featured posts are read again), with
     * its id and the document; outside any unit of work.
     */
    public void whenFetched(java.util.function.BiConsumer<String, JsonNode> listener) {
        fetchListeners.add(listener);
    }

    /** Adds what happens when a remote account is deleted (its comments go, as the settings say). */
    public void whenGone(java.util.function.Consumer<String> listener) {
        actors.whenGone(listener);
    }

    private Optional<RemoteActor> cached(String uri) {
        return actors.byUri(uri);
    }

    private boolean isFresh(RemoteActor actor) {
        return actor.fetchedAt() != null
                && actor.fetchedAt().isAfter(clock.instant().minus(FRESH_FOR));
    }

    private static URI parseUri(String uri) {
        try {
            URI parsed = new URI(uri);
            if (!parsed.isAbsolute() || parsed.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return parsed;
        } catch (Exception e) {
            throw new RemoteFetchException(Reason.BLOCKED, URI.create("about:invalid"), "not an absolute URL");
        }
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (java.net.URISyntaxException e) {
            return uri;
        }
    }
}
