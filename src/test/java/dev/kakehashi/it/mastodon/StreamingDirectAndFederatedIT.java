package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.StreamingSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A direct message arrives as a {@code conversation} on the {@code direct} stream only; the peer's
 * public posts reach the federated streams of every signed-in subscriber, never an app-only token's
 * nor the local stream.
 */
class StreamingDirectAndFederatedIT extends StreamingFeedsFixture {
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
}
