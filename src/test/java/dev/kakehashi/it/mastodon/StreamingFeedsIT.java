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
import org.junit.jupiter.api.Test;

/**
 * What streams beyond the blog's own posts (INTEROP B11), with a real Fedify peer that "mio"
 * follows and "ren" does not: the peer's posts, edits, deletions and boosts on mio's {@code user}
 * and {@code list} streams (never ren's), mutes and filters kept per subscriber, {@code
 * filters_changed} when mio's filters change, and a direct message as a {@code conversation} on the
 * {@code direct} stream; the peer's public posts on the federated streams of every signed-in
 * subscriber, never on an app-only token's. Something that must not arrive is checked after a later event that must:
 * events reach a subscriber in the order they happened.
 */
class StreamingFeedsIT {
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

    @Test
    void aFollowedAccountsPostArrivesOnUserAndListThenItsEditAndDeleteButNeverOnAnotherAuthorsStream() {
        String list = newList("Peers");
        String empty = newList("Nobody");
        blog.http.postJson(
                "/api/v1/lists/" + list + "/accounts", blog.mio, Map.of("account_ids", List.of(blog.peerAccount)));
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user");
                StreamingSocket theirs = StreamingSocket.open(blog.server, blog.ren, "?stream=user")) {
            mine.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + list + "\"}");
            mine.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + empty + "\"}");
            StreamingIT.barrier(mine);
            StreamingIT.barrier(theirs);

            String note = peerPosts("<p>Fresh from the peer</p>");
            JsonNode update = mine.await("the peer's post on user", frame("update", "user", uri(note)));
            JsonNode status = StreamingSocket.payload(update);
            assertThat(status.get("content").asText()).contains("Fresh from the peer");
            assertThat(status.get("account").get("id").asText()).isEqualTo(blog.peerAccount);
            JsonNode onList = mine.await("the peer's post on its list", frame("update", "list", uri(note)));
            assertThat(onList.get("stream").get(1).asText()).isEqualTo(list);
            String id = status.get("id").asText();

            Map<String, Object> edited = note(note, "<p>Fresh, and edited</p>", List.of(PUBLIC));
            edited.put("updated", Instant.now().plusSeconds(1).toString());
            blog.send(Map.of("type", "Update", "to", List.of(PUBLIC), "object", edited));
            JsonNode edit = mine.await("the edit", frame("status.update", "user", uri(note)));
            assertThat(StreamingSocket.payload(edit).get("content").asText()).contains("and edited");
            mine.await("the edit on the list", frame("status.update", "list", uri(note)));

            blog.send(Map.of("type", "Delete", "to", List.of(PUBLIC), "object", note));
            JsonNode delete = mine.await("the delete", StreamingSocket.event("delete", "user"));
            assertThat(delete.get("payload").asText()).isEqualTo(id);

            marker(theirs, blog.ren);
            assertThat(mentions(theirs.seen, note)).as("ren follows nobody").isFalse();
            marker(mine, blog.mio);
            // A delete goes to every list of an author whose home showed the post (the list's own
            // query can no longer find a deleted post); updates only to the lists that show it.
            assertThat(mine.seen)
                    .as("the list without members hears no update")
                    .noneMatch(f -> f.path("stream").path(1).asText().equals(empty)
                            && !"delete".equals(f.path("event").asText()));
        }
    }

    @Test
    void aBoostArrivesAsAReblogAndItsUndoAsADelete() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            String boosted = blog.peer.baseUrl() + "/notes/" + UUID.randomUUID();
            Map<String, Object> original = note(boosted, "<p>A friend's words</p>", List.of(PUBLIC));
            original.put("attributedTo", blog.peer.baseUrl() + "/users/friend");
            String announce = peerBoosts(original);
            JsonNode update = mine.await("the boost", frame("update", "user", uri(announce)));
            JsonNode reblog = StreamingSocket.payload(update);
            assertThat(reblog.get("account").get("id").asText()).isEqualTo(blog.peerAccount);
            assertThat(reblog.get("reblog").get("uri").asText()).isEqualTo(boosted);
            assertThat(reblog.get("reblog").get("content").asText()).contains("A friend's words");

            blog.send(Map.of("type", "Undo", "id", announce + "#undo", "object", announce));
            JsonNode delete = mine.await("the boost's delete", StreamingSocket.event("delete", "user"));
            assertThat(delete.get("payload").asText())
                    .isEqualTo(reblog.get("id").asText());
        }
    }

    @Test
    void aDeletedPostTakesItsBoostOffTheStreamToo() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            String note = peerPosts("<p>Worth a boost</p>");
            String postId = StreamingSocket.payload(mine.await("the post", frame("update", "user", uri(note))))
                    .get("id")
                    .asText();
            // Embedded: the peer serves no note documents to fetch.
            String announce = peerBoosts(note(note, "<p>Worth a boost</p>", List.of(PUBLIC)));
            String boostId = StreamingSocket.payload(mine.await("the boost", frame("update", "user", uri(announce))))
                    .get("id")
                    .asText();

            blog.send(Map.of("type", "Delete", "to", List.of(PUBLIC), "object", note));
            for (String id : List.of(postId, boostId)) {
                mine.await(
                        "the delete of " + id,
                        f -> StreamingSocket.event("delete", "user").test(f)
                                && id.equals(f.path("payload").asText()));
            }
        }
    }

    @Test
    void aMutedAccountsPostsStayOffTheStreamUntilUnmuted() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            assertThat(blog.http
                            .postJson("/api/v1/accounts/" + blog.peerAccount + "/mute", blog.mio, Map.of())
                            .status())
                    .isEqualTo(200);
            String muted = peerPosts("<p>Said while muted</p>");
            stored(muted);
            marker(mine, blog.mio);
            assertThat(mentions(mine.seen, muted)).isFalse();

            assertThat(blog.http
                            .postJson("/api/v1/accounts/" + blog.peerAccount + "/unmute", blog.mio, Map.of())
                            .status())
                    .isEqualTo(200);
            String heard = peerPosts("<p>Said after the unmute</p>");
            mine.await("the post after the unmute", frame("update", "user", uri(heard)));
        }
    }

    @Test
    void filtersChangedArrivesAndFiltersHideOrMarkThePeersPosts() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            MastodonApi.Answer hide = blog.http.postJson(
                    "/api/v2/filters",
                    blog.mio,
                    Map.of(
                            "title",
                            "No dragons",
                            "context",
                            List.of("home"),
                            "filter_action",
                            "hide",
                            "keywords_attributes",
                            List.of(Map.of("keyword", "dragon"))));
            assertThat(hide.status()).as(hide.raw().body()).isEqualTo(200);
            JsonNode changed = mine.await("filters_changed", StreamingSocket.event("filters_changed", "user"));
            assertThat(changed.has("payload")).isFalse();
            MastodonApi.Answer warn = blog.http.postJson(
                    "/api/v2/filters",
                    blog.mio,
                    Map.of(
                            "title",
                            "Cats",
                            "context",
                            List.of("home"),
                            "filter_action",
                            "warn",
                            "keywords_attributes",
                            List.of(Map.of("keyword", "cat"))));
            assertThat(warn.status()).as(warn.raw().body()).isEqualTo(200);

            String hidden = peerPosts("<p>The dragon wins</p>");
            String warned = peerPosts("<p>My cat sleeps</p>");
            JsonNode cat = StreamingSocket.payload(mine.await("the warned post", frame("update", "user", uri(warned))));
            assertThat(cat.get("filtered")).hasSize(1);
            assertThat(cat.get("filtered").get(0).get("filter").get("title").asText())
                    .isEqualTo("Cats");
            stored(hidden);
            marker(mine, blog.mio);
            assertThat(mentions(mine.seen, hidden)).isFalse();

            for (JsonNode f : blog.http.get("/api/v2/filters", blog.mio).json()) {
                blog.http.method("DELETE", "/api/v2/filters/" + f.get("id").asText(), blog.mio, null, null);
            }
        }
    }

    @Test
    void aDirectMessageArrivesAsAConversationOnTheDirectStreamOnly() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=direct")) {
            mine.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
            StreamingIT.barrier(mine);
            String dm = blog.peer.baseUrl() + "/notes/" + UUID.randomUUID();
            Map<String, Object> note = note(dm, "<p>Just between us</p>", List.of(blog.mioActor));
            note.put("tag", List.of(Map.of("type", "Mention", "href", blog.mioActor, "name", "@mio")));
            blog.send(Map.of("type", "Create", "to", List.of(blog.mioActor), "object", note));

            JsonNode frame = mine.await("a conversation", StreamingSocket.event("conversation", "direct"));
            JsonNode conversation = StreamingSocket.payload(frame);
            assertThat(conversation.get("unread").asBoolean()).isTrue();
            assertThat(conversation.get("accounts").get(0).get("acct").asText()).startsWith("peer@");
            assertThat(conversation.get("last_status").get("uri").asText()).isEqualTo(dm);
            assertThat(conversation.get("last_status").get("content").asText()).contains("Just between us");

            // Their own direct post joins a conversation too.
            String own = post(blog.mio, "@" + blog.peer.acct() + " a word back", "direct");
            JsonNode mineToo = StreamingSocket.payload(mine.await(
                    "the conversation of mio's own direct post",
                    frame(
                            "conversation",
                            "direct",
                            c -> own.equals(c.path("last_status").path("id").asText()))));
            assertThat(mineToo.get("unread").asBoolean()).isFalse();
            marker(mine, blog.mio);
            assertThat(mine.seen)
                    .as("a direct message is no update on user")
                    .noneMatch(f -> StreamingSocket.event("update", "user").test(f)
                            && f.toString().contains("Just between us"));
        }
    }

    @Test
    void aPeersPublicPostReachesSignedInFederatedStreamsButNeverAnAppOnlyTokenOrTheLocalOne() {
        MastodonApi.App app = blog.http.register("Federated streams", "read", "urn:ietf:wg:oauth:2.0:oob");
        MastodonApi.Answer granted = blog.http.postForm(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret(),
                        "scope",
                        "read"));
        assertThat(granted.status()).as(granted.raw().body()).isEqualTo(200);
        String appOnly = granted.json().get("access_token").asText();
        // ren follows nobody: the federated streams are everyone's who signed in, as the timeline is.
        try (StreamingSocket ren = StreamingSocket.open(blog.server, blog.ren, "?stream=public:remote");
                StreamingSocket mio = StreamingSocket.open(blog.server, blog.mio, "?stream=public");
                StreamingSocket stranger = StreamingSocket.open(blog.server, appOnly, "?stream=public")) {
            ren.send("{\"type\":\"subscribe\",\"stream\":\"public:local\"}");
            ren.send("{\"type\":\"subscribe\",\"stream\":\"public:remote:media\"}");
            StreamingIT.barrier(ren);
            StreamingIT.barrier(mio);
            StreamingIT.barrier(stranger);

            String note = peerPosts("<p>For the whole fediverse</p>");
            JsonNode heard = StreamingSocket.payload(
                    ren.await("the peer's post on public:remote", frame("update", "public:remote", uri(note))));
            assertThat(heard.get("content").asText()).contains("For the whole fediverse");
            assertThat(heard.get("account").get("id").asText()).isEqualTo(blog.peerAccount);
            String id = heard.get("id").asText();
            mio.await("the peer's post on public", frame("update", "public", uri(note)));
            assertThat(blog.http
                            .get("/api/v1/timelines/public?remote=true", blog.ren)
                            .json()
                            .findValuesAsText("uri"))
                    .as("the timeline the stream matches")
                    .contains(note);

            Map<String, Object> pictured =
                    note(blog.peer.baseUrl() + "/notes/" + UUID.randomUUID(), "<p>With a picture</p>", List.of(PUBLIC));
            pictured.put(
                    "attachment",
                    List.of(Map.of(
                            "type", "Document", "mediaType", "image/png", "url", blog.peer.baseUrl() + "/a.png")));
            blog.send(Map.of("type", "Create", "to", List.of(PUBLIC), "object", pictured));
            ren.await("the picture on public:remote:media", frame("update", "public:remote:media", uri((String)
                    pictured.get("id"))));

            blog.send(Map.of("type", "Delete", "to", List.of(PUBLIC), "object", note));
            JsonNode delete = ren.await(
                    "the delete on public:remote",
                    f -> StreamingSocket.event("delete", "public:remote").test(f)
                            && id.equals(f.path("payload").asText()));
            assertThat(delete).isNotNull();

            // ren mutes the peer: its next post stays off ren's federated stream (not mio's).
            String mute = "/api/v1/accounts/" + blog.peerAccount + "/mute";
            assertThat(blog.http.postJson(mute, blog.ren, Map.of()).status()).isEqualTo(200);
            String muted = peerPosts("<p>Not for ren</p>");
            mio.await("the post ren muted, on mio's public stream", frame("update", "public", uri(muted)));

            // The blog's own post after them reaches everyone's public stream, and is the last word.
            String own = post(blog.mio, "The blog speaks " + UUID.randomUUID(), "public");
            Predicate<JsonNode> ownPost = s -> own.equals(s.path("id").asText());
            stranger.await("the blog's post on an app-only public stream", frame("update", "public", ownPost));
            ren.await("the blog's post on public:local", frame("update", "public:local", ownPost));
            assertThat(mentions(stranger.seen, note))
                    .as("an app-only token hears the blog only")
                    .isFalse();
            assertThat(mentions(ren.seen, muted)).as("a muted author").isFalse();
            assertThat(blog.http
                            .postJson("/api/v1/accounts/" + blog.peerAccount + "/unmute", blog.ren, Map.of())
                            .status())
                    .isEqualTo(200);
            assertThat(ren.seen)
                    .as("the local stream and the media one carry no text-only post from elsewhere")
                    .noneMatch(f ->
                            (StreamingSocket.event("update", "public:local").test(f)
                                            || StreamingSocket.event("update", "public:remote:media")
                                                    .test(f))
                                    && f.toString().contains("For the whole fediverse"));
        }
    }

    @Test
    void anotherAuthorsListOrAnUnknownOneIsRefused() {
        String list = newList("Mine");
        try (StreamingSocket socket = StreamingSocket.open(blog.server, blog.ren, "")) {
            for (String id : List.of(list, "987654321", "nope")) {
                socket.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + id + "\"}");
                JsonNode refused = socket.await("the refusal of list " + id, f -> f.has("error"));
                assertThat(refused.get("error").asText()).isEqualTo("Not authorized to stream this list");
            }
        }
        MastodonApi.Answer sse = blog.http.get("/api/v1/streaming/list?list=" + list, blog.ren);
        assertThat(sse.status()).isEqualTo(401);
    }
}
