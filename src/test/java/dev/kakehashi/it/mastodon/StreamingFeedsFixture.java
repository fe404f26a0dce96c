package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.StreamingSocket;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the streaming feed ITs share (INTEROP B11): a blog with a real Fedify peer that "mio" follows
 * and "ren" does not ({@link FollowedPeerBlog}), and helpers to have the peer post and boost, to post
 * through the API, to open lists and to read frames. Something that must not arrive is checked after
 * a later event that must ({@link #marker}): events reach a subscriber in the order they happened.
 * Each subclass gets its own server and peer.
 */
abstract class StreamingFeedsFixture {
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static FollowedPeerBlog blog;

    @BeforeAll
    static void start() {
        blog = FollowedPeerBlog.start("Streaming feeds IT");
    }

    @AfterAll
    static void stop() {
        if (blog != null) blog.close();
    }

    static Map<String, Object> note(String id, String html, List<String> to) {
        Map<String, Object> note = new HashMap<>();
        note.put("type", "Note");
        note.put("id", id);
        note.put("attributedTo", blog.peer.actorUrl());
        note.put("to", to);
        note.put("content", html);
        note.put("published", Instant.now().toString());
        return note;
    }

    /** A public note by the peer; returns its id (URI). */
    static String peerPosts(String html) {
        String id = blog.peer.baseUrl() + "/notes/" + UUID.randomUUID();
        blog.send(Map.of("type", "Create", "to", List.of(PUBLIC), "object", note(id, html, List.of(PUBLIC))));
        return id;
    }

    /** An Announce by the peer of the embedded {@code object}; returns its id. */
    static String peerBoosts(Map<String, Object> object) {
        String announce = blog.peer.baseUrl() + "/announces/" + UUID.randomUUID();
        blog.send(Map.of(
                "id",
                announce,
                "type",
                "Announce",
                "to",
                List.of(PUBLIC),
                "published",
                Instant.now().toString(),
                "object",
                object));
        return announce;
    }

    /** Posts through the API as {@code token}; returns the status id. */
    static String post(String token, String text, String visibility) {
        MastodonApi.Answer a =
                blog.http.postJson("/api/v1/statuses", token, Map.of("status", text, "visibility", visibility));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }

    /** A frame of {@code event} on {@code stream} whose payload passes {@code test}. */
    static Predicate<JsonNode> frame(String event, String stream, Predicate<JsonNode> test) {
        return f -> StreamingSocket.event(event, stream).test(f) && test.test(StreamingSocket.payload(f));
    }

    static Predicate<JsonNode> uri(String uri) {
        return s -> uri.equals(s.path("uri").asText());
    }

    /** Posts a marker as {@code token} and waits for it on {@code socket}'s user stream. */
    static void marker(StreamingSocket socket, String token) {
        String id = post(token, "Marker " + UUID.randomUUID(), "public");
        socket.await(
                "the marker",
                frame("update", "user", s -> id.equals(s.path("id").asText())));
    }

    /** Waits until the inbox kept the post: its event, if any, went out before anything later. */
    static void stored(String uri) {
        Eventually.await(() -> "1".equals(blog.tables.text("select count(*) from remote_post where uri = ?", uri)));
    }

    /** A new list of mio's; returns its id. */
    static String newList(String title) {
        return blog.http
                .postJson("/api/v1/lists", blog.mio, Map.of("title", title))
                .json()
                .get("id")
                .asText();
    }

    static boolean mentions(List<JsonNode> frames, String text) {
        return frames.stream().anyMatch(f -> f.toString().contains(text));
    }
}
