package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.StreamingSocket;
import dev.kakehashi.it.WebClient;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The streaming API as apps use it (INTEROP B11): a WebSocket with the token as its sub-protocol,
 * streams by query and by messages, events framed with their {@code stream} and a double-encoded
 * payload, visibility kept per subscriber; the server-sent events variant; tokens checked before
 * the upgrade. Runs on H2 (in-process bus) and PostgreSQL (LISTEN/NOTIFY).
 */
class StreamingIT {
    static KakehashiServer server;
    static MastodonApi http;
    static MastodonApi.App app;
    static String token;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Streaming IT", "hana", "hana-password-1");
        http = new MastodonApi(server);
        app = http.register("Streaming IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "hana", "hana-password-1", "read write follow");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String post(String text, String visibility) {
        MastodonApi.Answer a =
                http.postJson("/api/v1/statuses", token, Map.of("status", text, "visibility", visibility));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }

    /** Waits until the server has handled every message sent before (messages run in order). */
    static void barrier(StreamingSocket socket) {
        socket.send("{\"type\":\"subscribe\",\"stream\":\"no-such-stream\"}");
        socket.await("the error for an unknown stream", f -> "Unknown stream type"
                .equals(f.path("error").asText()));
    }

    @Test
    void aStatusArrivesOnTheUserAndPublicLocalStreamsThenItsDeleteOnTheUserStream() {
        try (StreamingSocket socket = StreamingSocket.open(server, token, "?stream=user")) {
            assertThat(socket.socket.getSubprotocol()).isEqualTo(token);
            socket.send("{\"type\":\"subscribe\",\"stream\":\"public:local\"}");
            barrier(socket);

            String id = post("Live from the blog #streaming", "public");

            JsonNode onUser = socket.await("an update on user", StreamingSocket.event("update", "user"));
            assertThat(onUser.get("stream").size()).isEqualTo(1);
            assertThat(onUser.get("payload").isTextual()).isTrue();
            JsonNode status = StreamingSocket.payload(onUser);
            assertThat(status.get("id").asText()).isEqualTo(id);
            assertThat(status.get("content").asText()).contains("Live from the blog");
            assertThat(status.get("account").get("username").asText()).isEqualTo("hana");
            JsonNode onLocal =
                    socket.await("an update on public:local", StreamingSocket.event("update", "public:local"));
            assertThat(StreamingSocket.payload(onLocal).get("id").asText()).isEqualTo(id);

            var deleted = http.method("DELETE", "/api/v1/statuses/" + id, token, null, null);
            assertThat(deleted.status()).isEqualTo(200);
            JsonNode delete = socket.await("a delete on user", StreamingSocket.event("delete", "user"));
            assertThat(delete.get("payload").asText()).isEqualTo(id);
        }
    }

    @Test
    void anEditInTheAdminArrivesAsAStatusUpdateWithTheNewText() {
        try (StreamingSocket socket = StreamingSocket.open(server, token, "?stream=user")) {
            barrier(socket);
            String id = admin.compose("note", "publish", "body", "First words");
            socket.await(
                    "the post's update",
                    f -> StreamingSocket.event("update", "user").test(f)
                            && StreamingSocket.payload(f).get("id").asText().equals(id));

            var page = admin.get("/admin/posts/" + id + "/edit");
            assertThat(admin.postForm(
                                    "/admin/posts/" + id,
                                    WebClient.form("_csrf", page.csrf(), "action", "publish", "body", "Second words"))
                            .status())
                    .isEqualTo(303);

            JsonNode edited = socket.await("a status.update", StreamingSocket.event("status.update", "user"));
            JsonNode status = StreamingSocket.payload(edited);
            assertThat(status.get("id").asText()).isEqualTo(id);
            assertThat(status.get("content").asText()).contains("Second words");
            assertThat(status.get("edited_at").isNull()).isFalse();
        }
    }

    @Test
    void aStatusUpdateOnTheUserStreamCarriesTheSubscribersOwnFlagsWhileAPublicStreamCarriesNone() {
        try (StreamingSocket socket = StreamingSocket.open(server, token, "?stream=user")) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"public:local\"}");
            barrier(socket);
            String id = post("Worth keeping", "public");
            socket.await(
                    "the post's update",
                    f -> StreamingSocket.event("update", "user").test(f)
                            && StreamingSocket.payload(f).get("id").asText().equals(id));
            for (String action : List.of("bookmark", "favourite")) {
                var marked = http.postJson("/api/v1/statuses/" + id + "/" + action, token, Map.of());
                assertThat(marked.status()).as(marked.raw().body()).isEqualTo(200);
            }

            var edit = http.method(
                    "PUT",
                    "/api/v1/statuses/" + id,
                    token,
                    "application/json",
                    "{\"status\":\"Worth keeping, edited\"}");
            assertThat(edit.status()).as(edit.raw().body()).isEqualTo(200);

            JsonNode mine = StreamingSocket.payload(socket.await(
                    "the status.update on user",
                    f -> StreamingSocket.event("status.update", "user").test(f)
                            && StreamingSocket.payload(f).get("id").asText().equals(id)));
            assertThat(mine.get("content").asText()).contains("edited");
            assertThat(mine.get("bookmarked").asBoolean()).isTrue();
            assertThat(mine.get("favourited").asBoolean()).isTrue();
            assertThat(mine.get("favourites_count").asInt()).isEqualTo(1);
            JsonNode everyones = StreamingSocket.payload(socket.await(
                    "the status.update on public:local",
                    f -> StreamingSocket.event("status.update", "public:local").test(f)
                            && StreamingSocket.payload(f).get("id").asText().equals(id)));
            assertThat(everyones.get("bookmarked").asBoolean()).isFalse();
            assertThat(everyones.get("favourited").asBoolean()).isFalse();
            assertThat(everyones.get("favourites_count").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aFollowersOnlyPostReachesItsAuthorsUserStreamButNoPublicStream() {
        try (StreamingSocket publicSocket = StreamingSocket.open(server, token, "?stream=public");
                StreamingSocket userSocket = StreamingSocket.open(server, token, "?stream=user")) {
            publicSocket.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"quiet\"}");
            barrier(publicSocket);
            barrier(userSocket);

            String hidden = post("Only for my followers #quiet", "private");
            String open = post("For everyone #quiet", "public");

            JsonNode mine = userSocket.await("the private post on user", StreamingSocket.event("update", "user"));
            assertThat(StreamingSocket.payload(mine).get("id").asText()).isEqualTo(hidden);
            assertThat(StreamingSocket.payload(mine).get("visibility").asText()).isEqualTo("private");
            // Events go out in order: once the public post is here, the private one would have been too.
            JsonNode tagged =
                    publicSocket.await("the public post on the hashtag", StreamingSocket.event("update", "hashtag"));
            assertThat(tagged.get("stream")).hasSize(2);
            assertThat(tagged.get("stream").get(1).asText()).isEqualTo("quiet");
            assertThat(StreamingSocket.payload(tagged).get("id").asText()).isEqualTo(open);
            publicSocket.await(
                    "the public post on public",
                    f -> StreamingSocket.event("update", "public").test(f)
                            && StreamingSocket.payload(f).get("id").asText().equals(open));
            assertThat(publicSocket.seen)
                    .filteredOn(f -> f.has("payload"))
                    .noneMatch(f -> f.get("payload").asText().contains(hidden));
        }
    }

    @Test
    void aLikeFromAFedifyPeerArrivesAsANotificationOnUserNotification() {
        MastodonApi.Answer me = http.get("/api/v1/accounts/verify_credentials", token);
        String actor = me.json().get("uri").asText();
        try (FedifyPeer peer = FedifyPeer.start();
                StreamingSocket socket = StreamingSocket.open(server, token, "?stream=user:notification")) {
            barrier(socket);
            String id = post("Like this one", "public");
            peer.like(actor, server.url("/posts/" + id));

            JsonNode frame = socket.await("a notification", StreamingSocket.event("notification", "user:notification"));
            JsonNode notification = StreamingSocket.payload(frame);
            assertThat(notification.get("type").asText()).isEqualTo("favourite");
            assertThat(notification.get("status").get("id").asText()).isEqualTo(id);
            assertThat(notification.get("account").get("acct").asText()).contains("@");
            // The post's own update is not a notification, so it never reaches this stream.
            assertThat(socket.seen)
                    .noneMatch(f -> "update".equals(f.path("event").asText()));
        }
    }

    @Test
    void serverSentEventsOnUserCarryTheUpdate() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/v1/streaming/user")))
                .header("Authorization", "Bearer " + token)
                .build();
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<String> opener = CompletableFuture.supplyAsync(() -> readLine(lines));
            assertThat(opener.get(20, TimeUnit.SECONDS)).isEqualTo(":)");

            CompletableFuture<String> update = CompletableFuture.supplyAsync(() -> {
                String line;
                while ((line = readLine(lines)) != null) {
                    if (line.equals("event: update")) {
                        return readLine(lines);
                    }
                }
                return null;
            });
            String id = post("Streamed as server-sent events", "public");
            String data = update.get(20, TimeUnit.SECONDS);
            assertThat(data).startsWith("data: {");
            assertThat(data).contains("\"id\":\"" + id + "\"");
        }
    }

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBadTokenIsRefusedWith401BeforeTheUpgrade() {
        URI uri = URI.create(server.baseUrl().replace("http://", "ws://") + "/api/v1/streaming?stream=user");
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .subprotocols("not-a-token")
                        .connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(uri, new java.net.http.WebSocket.Listener() {})
                        .join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        MastodonApi.Answer sse = http.get("/api/v1/streaming/user", null);
        assertThat(sse.status()).isEqualTo(401);
        assertThat(sse.json().get("error").asText()).isNotBlank();
        MastodonApi.Answer wrong = http.get("/api/v1/streaming/user?access_token=wrong", null);
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void streamsTheTokenMayNotReadAndListsAnswerAnErrorFrame() {
        String notificationsOnly = http.passwordToken(app, "hana", "hana-password-1", "read:notifications");
        try (StreamingSocket socket = StreamingSocket.open(server, notificationsOnly, "")) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"public\"}");
            JsonNode refused = socket.await("a scope error", f -> f.has("error"));
            assertThat(refused.get("error").asText()).contains("scopes");
            socket.send("not json");
            assertThat(socket.await("a JSON error", f -> f.has("error"))
                            .get("error")
                            .asText())
                    .isEqualTo("Invalid JSON");
        }
        try (StreamingSocket socket = StreamingSocket.open(server, token, "")) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"1\"}");
            JsonNode list = socket.await("a list error", f -> f.has("error"));
            assertThat(list.get("error").asText()).isEqualTo("Not authorized to stream this list");
        }
    }

    @Test
    void healthAnswersOkAndTheInstanceNamesTheStreamingHost() {
        MastodonApi.Answer health = http.get("/api/v1/streaming/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.raw().body()).isEqualTo("OK");
        String ws = server.baseUrl().replace("http://", "ws://");
        MastodonApi.Answer v1 = http.get("/api/v1/instance", null);
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.json().get("urls").get("streaming_api").asText()).isEqualTo(ws);
        MastodonApi.Answer v2 = http.get("/api/v2/instance", null);
        assertThat(v2.json().get("configuration").get("urls").get("streaming").asText())
                .isEqualTo(ws);
        assertThat(http.get("/api/v1/timelines/public", null).status()).isEqualTo(200);
    }
}
