package dev.kakehashi.federation.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import dev.kakehashi.federation.signature.RequestSigner;
import dev.kakehashi.federation.signature.SigningKey;
import dev.kakehashi.federation.vocab.Lenient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path for every outgoing GET: one shared HTTP/1.1 client, signed with the instance actor's
 * key, redirects followed by hand (at most 3, each hop checked by the {@link SsrfGuard}), bodies
 * cut at 1 MiB, and the whole fetch bounded in time. Every failure is a {@link
 * RemoteFetchException}.
 */
public final class RemoteFetcher {
    private static final Logger log = LoggerFactory.getLogger(RemoteFetcher.class);

    public static final String ACTIVITY_ACCEPT =
            "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
    static final String AS_CONTEXT = "https://www.w3.org/ns/activitystreams";
    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_REDIRECTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Time and size limits; the defaults follow Mastodon (1 MiB, 10 s). */
    public record Limits(long maxBytes, Duration connectTimeout, Duration totalTimeout) {
        public static final Limits DEFAULT = new Limits(MAX_BYTES, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** A 200 response after redirects: where it finally came from, its type and its bytes. */
    public record Fetched(URI finalUri, String contentType, byte[] body) {}

    private final SsrfGuard guard;
    private final RequestSigner signer;
    private final Supplier<SigningKey> key;
    private final String userAgent;
    private final Limits limits;
    private final HttpClient client;
    private final java.util.function.Predicate<String> blockedHost;

    public RemoteFetcher(
            SsrfGuard guard, RequestSigner signer, Supplier<SigningKey> key, String baseUrl, Limits limits) {
        this(guard, signer, key, baseUrl, limits, host -> false);
    }

    /**
     * @param blockedHost true for a host (authority) whose domain an admin blocked: nothing is fetched
     *     from it, so a blocked server cannot feed us actors, posts or reply threads
     */
    public RemoteFetcher(
            SsrfGuard guard,
            RequestSigner signer,
            Supplier<SigningKey> key,
            String baseUrl,
            Limits limits,
            java.util.function.Predicate<String> blockedHost) {
        this.blockedHost = blockedHost;
        this.guard = guard;
        this.signer = signer;
        this.key = key;
        this.userAgent = "Kakehashi/0.1 (+" + baseUrl + ")";
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .build();
    }

    public SsrfGuard guard() {
        return guard;
    }

    /**
     * Fetches an ActivityStreams object and checks that its {@code id} is the URL it came from
     * (after redirects). When the id names another URL, that URL is fetched once and must match
     * exactly, as Mastodon does, so a document can only speak for its own URL.
     */
    public JsonNode fetchObject(URI uri) {
        FetchedJson first = fetchActivityJson(uri);
        if (first.hasOwnId()) {
            return withActivityStreamsContext(uri, first.doc());
        }
        URI canonical = first.claimedId();
        if (canonical == null) {
            throw new RemoteFetchException(Reason.ID_MISMATCH, uri, "the document has no usable id");
        }
        FetchedJson again = fetchActivityJson(canonical);
        if (again.hasOwnId()) {
            return withActivityStreamsContext(canonical, again.doc());
        }
        throw new RemoteFetchException(Reason.ID_MISMATCH, uri, "the document's id is not the URL it was fetched from");
    }

    /** Mastodon ignores documents whose {@code @context} lacks ActivityStreams (INTEROP A4.4); so do we. */
    private static JsonNode withActivityStreamsContext(URI uri, JsonNode doc) {
        for (JsonNode context : Lenient.asArray(doc.get("@context"))) {
            if (context.isTextual() && context.asText().equals(AS_CONTEXT)) {
                return doc;
            }
        }
        throw new RemoteFetchException(Reason.INVALID_DOCUMENT, uri, "not an ActivityStreams document (@context)");
    }

    /** A fetched document with the URL it was asked for and the one the bytes came from. */
    private record FetchedJson(URI requested, URI finalUri, JsonNode doc) {
        boolean hasOwnId() {
            String id = doc.path("id").asText("");
            return id.equals(requested.toString()) || id.equals(finalUri.toString());
        }

        URI claimedId() {
            try {
                URI id = new URI(doc.path("id").asText(""));
                return id.isAbsolute() ? id : null;
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }
    }

    private FetchedJson fetchActivityJson(URI uri) {
        Fetched fetched = get(uri, ACTIVITY_ACCEPT, true);
        if (!isActivityType(fetched.contentType())) {
            throw new RemoteFetchException(
                    Reason.WRONG_CONTENT_TYPE, uri, "not an ActivityStreams document: " + fetched.contentType());
        }
        return new FetchedJson(uri, fetched.finalUri(), parse(uri, fetched.body()));
    }

    /** Parses JSON bytes into an object node, or refuses. */
    static JsonNode parse(URI uri, byte[] body) {
        try {
            JsonNode doc = JSON.readTree(body);
            if (doc == null || !doc.isObject()) {
                throw new RemoteFetchException(Reason.INVALID_DOCUMENT, uri, "not a JSON object");
            }
            return doc;
        } catch (IOException e) {
            throw new RemoteFetchException(Reason.INVALID_DOCUMENT, uri, "not valid JSON");
        }
    }

    static boolean isActivityType(String contentType) {
        String mime = mimeType(contentType);
        return mime.equals("application/activity+json") || mime.equals("application/ld+json");
    }

    static String mimeType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * GETs {@code uri}, following up to 3 redirects, each checked by the guard. Only a 200 with a
     * body under the size limit comes back.
     *
     * @param signed whether to sign with the instance actor's key (ActivityPub fetches are; WebFinger
     *     is not)
     */
    public Fetched get(URI uri, String accept, boolean signed) {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            // Before the guard: a blocked domain is not even looked up in DNS.
            if (blockedHost.test(current.getRawAuthority())) {
                throw new RemoteFetchException(Reason.BLOCKED, current, "the domain is blocked on this site");
            }
            guard.check(current);
            HttpResponse<LimitedBody> response = send(current, accept, signed, deadline);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (hop >= MAX_REDIRECTS) {
                    throw new RemoteFetchException(Reason.TOO_MANY_REDIRECTS, uri, "more than 3 redirects");
                }
                String location = response.headers()
                        .firstValue("Location")
                        .orElseThrow(
                                () -> new RemoteFetchException(Reason.HTTP_ERROR, uri, "redirect without a Location"));
                try {
                    current = current.resolve(location.trim());
                } catch (IllegalArgumentException e) {
                    throw new RemoteFetchException(Reason.HTTP_ERROR, uri, "redirect to an invalid URL");
                }
                continue;
            }
            if (status == 404) {
                throw new RemoteFetchException(Reason.NOT_FOUND, uri, "not found (404)");
            }
            if (status == 410) {
                throw new RemoteFetchException(Reason.GONE, uri, "gone (410)");
            }
            if (status != 200) {
                throw new RemoteFetchException(Reason.HTTP_ERROR, uri, "answered " + status);
            }
            if (response.body().tooLarge()) {
                throw new RemoteFetchException(
                        Reason.TOO_LARGE, uri, "the body is larger than " + limits.maxBytes() + " bytes");
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Fetched(current, type, response.body().bytes());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private HttpResponse<LimitedBody> send(URI target, String accept, boolean signed, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new RemoteFetchException(Reason.UNREACHABLE, target, "timed out");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .GET()
                .timeout(Duration.ofNanos(remaining))
                .header("Accept", accept)
                .header("User-Agent", userAgent);
        if (signed) {
            for (Map.Entry<String, String> h :
                    signer.sign("GET", target, null, null, key.get()).entrySet()) {
                if (!h.getKey().equalsIgnoreCase("host")) {
                    request.header(h.getKey(), h.getValue());
                }
            }
        }
        CompletableFuture<HttpResponse<LimitedBody>> future =
                client.sendAsync(request.build(), info -> LimitedBody.subscriber(info, limits.maxBytes()));
        try {
            // The request timeout only covers the headers; this bounds the body too.
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw unreachable(target, "timed out");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw unreachable(target, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw unreachable(target, "timed out");
            }
            throw unreachable(target, "cannot connect (" + cause.getClass().getSimpleName() + ")");
        }
    }

    private static RemoteFetchException unreachable(URI target, String why) {
        log.warn("Fetching {} failed: {}", target, why);
        return new RemoteFetchException(Reason.UNREACHABLE, target, why);
    }
}
