package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An author edits, pins, mutes, favourites and schedules statuses from a Mastodon app: a real Fedify
 * follower receives the {@code Update}, the blog page and the history show the new text, the pinned
 * posts are the actor's featured collection, a muted thread's reply notifies nobody, and a scheduled
 * status moves or goes away with its trigger.
 */
class MastodonStatusEditIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    static KakehashiServer server;
    static LiveTables tables;
    static FedifyPeer peer;
    static WebClient admin;
    static MastodonApi http;
    static String token;
    static String writerToken;
    static String authorActor;
    static String accountId;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Status Edit IT", "mio", "mio-password-1");
        AdminPages.addAuthor(admin, "writer", "author", "writer-password-1");
        accountId = tables.text("select id from account where username = ?", "mio");
        authorActor = server.url("/actors/" + accountId);
        http = new MastodonApi(server);
        MastodonApi.App app = http.register("Status Edit IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "mio", "mio-password-1", "read write follow");
        writerToken = http.passwordToken(app, "writer", "writer-password-1", "read write follow");
        peer.follow(authorActor);
        peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static MastodonApi.Answer get(String path) {
        return http.get(path, token);
    }

    static MastodonApi.Answer post(String path, Map<String, ?> body) {
        return http.postJson(path, token, body);
    }

    static MastodonApi.Answer put(String path, String asToken, Map<String, ?> body) {
        try {
            return http.method("PUT", path, asToken, "application/json", JSON.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String status(String text) {
        MastodonApi.Answer a = post("/api/v1/statuses", Map.of("status", text));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }

    static void assertJsonError(MastodonApi.Answer a, int status) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isNotBlank();
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void anEditReachesTheFollowerTheBlogPageAndTheHistory() {
        String id = status("First words of the day");
        String object = server.url("/posts/" + id);
        peer.awaitReceived(
                a -> "Create".equals(a.path("type").asText())
                        && a.path("activity").path("object").path("id").asText().equals(object),
                PATIENCE);
        assertThat(get("/api/v1/statuses/" + id).json().get("edited_at").isNull())
                .isTrue();

        MastodonApi.Answer edited = put("/api/v1/statuses/" + id, token, Map.of("status", "Second words, #better"));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().get("content").asText()).contains("Second words");
        assertThat(edited.json().get("edited_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(edited.json().get("tags").get(0).get("name").asText()).isEqualTo("better");

        JsonNode update = peer.awaitReceived(
                        a -> "Update".equals(a.path("type").asText())
                                && a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()
                                        .equals(object),
                        PATIENCE)
                .path("activity");
        assertThat(update.path("object").path("content").asText()).contains("Second words");
        assertThat(update.path("object").path("updated").asText()).isNotBlank();

        String page = new WebClient(server).get("/posts/" + id).body();
        assertThat(page).contains("Second words").doesNotContain("First words of the day");

        MastodonApi.Answer history = http.get("/api/v1/statuses/" + id + "/history", null);
        assertThat(history.status()).as(history.raw().body()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        assertThat(history.json().get(0).get("content").asText()).contains("First words of the day");
        assertThat(history.json().get(1).get("content").asText()).contains("Second words");
        assertThat(history.json().get(1).get("account").get("username").asText())
                .isEqualTo("mio");
        assertThat(history.json().get(0).get("media_attachments").isArray()).isTrue();
        assertThat(http.get("/api/v1/statuses/" + id + "/source", token)
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("Second words, #better");

        // An edit in the admin is one more version.
        var form = admin.get("/admin/posts/" + id + "/edit");
        var saved = admin.postForm(
                "/admin/posts/" + id,
                WebClient.form(
                        "_csrf", form.csrf(), "kind", "note", "action", "publish", "body", "Third, from the admin"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        JsonNode three = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(three).hasSize(3);
        assertThat(three.get(2).get("content").asText()).contains("Third, from the admin");
    }

    @Test
    void anEditSwapsTheImagesAndDescribesThemAndTheHistoryKeepsTheOldOnes() {
        String sea = upload("sea.png");
        String sky = upload("sky.png");
        MastodonApi.Answer made = post("/api/v1/statuses", Map.of("status", "A picture", "media_ids", List.of(sea)));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        String id = made.json().get("id").asText();

        MastodonApi.Answer edited = put(
                "/api/v1/statuses/" + id,
                token,
                Map.of(
                        "status",
                        "Another picture",
                        "media_ids",
                        List.of(sky),
                        "media_attributes",
                        List.of(Map.of("id", sky, "description", "The sky at noon"))));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        JsonNode media = edited.json().get("media_attachments");
        assertThat(ids(media)).containsExactly(sky);
        assertThat(media.get(0).get("description").asText()).isEqualTo("The sky at noon");

        JsonNode history = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(ids(history.get(0).get("media_attachments"))).containsExactly(sea);
        assertThat(ids(history.get(1).get("media_attachments"))).containsExactly(sky);
        // Text alone keeps the images.
        assertThat(ids(put("/api/v1/statuses/" + id, token, Map.of("status", "Same picture"))
                        .json()
                        .get("media_attachments")))
                .containsExactly(sky);
    }

    static String upload(String name) {
        MultipartBody body =
                MultipartBody.of(Map.of("file", new WebClient.FilePart(name, "image/png", MastodonMediaIT.png(60))));
        MastodonApi.Answer a = http.send(http.request("/api/v1/media", token)
                .header("Content-Type", body.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get("id").asText();
    }

    @Test
    void aNeverEditedStatusHasItselfAsItsHistory() {
        String id = status("Just once");
        JsonNode history = get("/api/v1/statuses/" + id + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("content").asText()).contains("Just once");
    }

    @Test
    void badEditsAreJsonErrorsAndChangeNothing() {
        String id = status("Stays as it is");
        assertJsonError(put("/api/v1/statuses/" + id, writerToken, Map.of("status", "Defaced")), 404);
        assertJsonError(put("/api/v1/statuses/987654321", token, Map.of("status", "Nothing")), 404);
        assertJsonError(put("/api/v1/statuses/nope", token, Map.of("status", "Nothing")), 404);
        assertJsonError(put("/api/v1/statuses/" + id, token, Map.of("status", "")), 422);
        assertJsonError(put("/api/v1/statuses/" + id, token, Map.of("status", "Hidden", "spoiler_text", "cw")), 422);
        assertJsonError(
                put("/api/v1/statuses/" + id, token, Map.of("status", "Private now", "visibility", "private")), 422);
        assertJsonError(put("/api/v1/statuses/" + id, null, Map.of("status", "Anonymous")), 401);
        // The writer's own post is theirs alone, even for the blog's admin.
        MastodonApi.Answer theirs =
                http.postJson("/api/v1/statuses", writerToken, Map.of("status", "The writer's words"));
        assertJsonError(
                put("/api/v1/statuses/" + theirs.json().get("id").asText(), token, Map.of("status", "Admin's")), 404);

        JsonNode now = get("/api/v1/statuses/" + id).json();
        assertThat(now.get("content").asText()).contains("Stays as it is");
        assertThat(now.get("edited_at").isNull()).isTrue();
        assertThat(now.get("visibility").asText()).isEqualTo("public");
        assertThat(get("/api/v1/statuses/" + id + "/history").json()).hasSize(1);
        // Other routes still answer beside the new ones.
        assertThat(http.get("/api/v1/instance", null).status()).isEqualTo(200);
    }

    @Test
    void pinnedStatusesAreOnTheProfileAndInTheFeaturedCollection() {
        List<String> pinned = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String id = status("Pin me " + i);
            MastodonApi.Answer a = post("/api/v1/statuses/" + id + "/pin", Map.of());
            assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
            assertThat(a.json().get("pinned").asBoolean()).isTrue();
            pinned.add(0, id);
        }
        String sixth = status("One too many");
        MastodonApi.Answer refused = post("/api/v1/statuses/" + sixth + "/pin", Map.of());
        assertJsonError(refused, 422);
        assertThat(refused.json().get("error").asText())
                .isEqualTo("Validation failed: You have already pinned the maximum number of posts");
        assertThat(post("/api/v1/statuses/" + pinned.get(0) + "/pin", Map.of()).status())
                .as("pinning a pinned one again")
                .isEqualTo(200);
        MastodonApi.Answer others = http.postJson("/api/v1/statuses/" + sixth + "/pin", writerToken, Map.of());
        assertJsonError(others, 422);
        assertJsonError(post("/api/v1/statuses/987654321/pin", Map.of()), 404);

        assertThat(http.get("/api/v2/instance", null)
                        .json()
                        .at("/configuration/accounts/max_pinned_statuses")
                        .asInt())
                .isEqualTo(5);
        MastodonApi.Answer profile = http.get("/api/v1/accounts/" + accountId + "/statuses?pinned=true", null);
        assertThat(profile.status()).as(profile.raw().body()).isEqualTo(200);
        assertThat(ids(profile.json())).containsExactlyElementsOf(pinned);
        assertThat(get("/api/v1/accounts/" + accountId + "/statuses?pinned=true")
                        .json()
                        .get(0)
                        .get("pinned")
                        .asBoolean())
                .isTrue();
        assertThat(get("/api/v1/statuses/" + sixth).json().get("pinned").asBoolean())
                .isFalse();

        ApJsonClient ap = new ApJsonClient(server);
        String featuredUrl = ap.json(authorActor).path("featured").asText();
        assertThat(featuredUrl).isEqualTo(authorActor + "/collections/featured");
        JsonNode featured = ap.json(featuredUrl);
        assertThat(featured.path("type").asText()).isEqualTo("OrderedCollection");
        assertThat(featured.path("totalItems").asLong()).isEqualTo(5);
        List<String> items = new ArrayList<>();
        featured.path("orderedItems").forEach(n -> items.add(n.path("id").asText()));
        assertThat(items)
                .containsExactlyElementsOf(
                        pinned.stream().map(id -> server.url("/posts/" + id)).toList());
        JsonNode firstPage = ap.json(featured.path("first").asText());
        assertThat(firstPage.path("orderedItems")).hasSize(5);
        assertThat(firstPage.path("orderedItems").get(0).path("content").asText())
                .contains("Pin me 5");

        MastodonApi.Answer unpinned = post("/api/v1/statuses/" + pinned.get(0) + "/unpin", Map.of());
        assertThat(unpinned.status()).as(unpinned.raw().body()).isEqualTo(200);
        assertThat(unpinned.json().get("pinned").asBoolean()).isFalse();
        assertThat(ids(get("/api/v1/accounts/" + accountId + "/statuses?pinned=true")
                        .json()))
                .containsExactlyElementsOf(pinned.subList(1, 5));
        assertThat(ap.json(featuredUrl).path("totalItems").asLong()).isEqualTo(4);
        assertThat(post("/api/v1/statuses/" + sixth + "/pin", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void aMutedThreadsReplyNotifiesNobodyUntilUnmuted() {
        String id = status("Talk among yourselves");
        String postUrl = server.url("/posts/" + id);
        MastodonApi.Answer muted = post("/api/v1/statuses/" + id + "/mute", Map.of());
        assertThat(muted.status()).as(muted.raw().body()).isEqualTo(200);
        assertThat(muted.json().get("muted").asBoolean()).isTrue();

        String reply = peer.reply(authorActor, postUrl, "<p>Quietly replying</p>", null);
        Eventually.await(() -> tables.count("select count(*) from post_comment where uri = ?", reply) == 1);
        peer.like(authorActor, postUrl);
        Eventually.await(() ->
                get("/api/v1/statuses/" + id).json().get("favourites_count").asLong() == 1);
        server.runDueJobs();
        assertThat(tables.count("select count(*) from notification where post_id = cast(? as bigint)", id))
                .isZero();

        MastodonApi.Answer unmuted = post("/api/v1/statuses/" + id + "/unmute", Map.of());
        assertThat(unmuted.json().get("muted").asBoolean()).isFalse();
        String loud = peer.reply(authorActor, postUrl, "<p>Loudly replying</p>", null);
        Eventually.await(
                () -> tables.count("select count(*) from notification where post_id = cast(? as bigint)", id) == 1);
        assertThat(tables.count("select count(*) from post_comment where uri = ?", loud))
                .isEqualTo(1);
        assertJsonError(post("/api/v1/statuses/987654321/mute", Map.of()), 404);
    }

    @Test
    void anAuthorFavouritesTheirOwnPostButCannotBoostIt() {
        String id = status("I like this one myself");
        MastodonApi.Answer liked = post("/api/v1/statuses/" + id + "/favourite", Map.of());
        assertThat(liked.status()).as(liked.raw().body()).isEqualTo(200);
        assertThat(liked.json().get("favourited").asBoolean()).isTrue();
        assertThat(liked.json().get("favourites_count").asLong()).isEqualTo(1);
        assertThat(post("/api/v1/statuses/" + id + "/favourite", Map.of())
                        .json()
                        .get("favourites_count")
                        .asLong())
                .as("twice is once")
                .isEqualTo(1);
        assertThat(ids(get("/api/v1/favourites").json())).contains(id);
        JsonNode by =
                http.get("/api/v1/statuses/" + id + "/favourited_by", null).json();
        assertThat(ids(by)).containsExactly(accountId);
        assertThat(by.get(0).get("acct").asText()).isEqualTo("mio");
        assertThat(http.get("/api/v1/statuses/" + id, null)
                        .json()
                        .get("favourited")
                        .asBoolean())
                .isFalse();
        assertThat(tables.count("select count(*) from notification where post_id = cast(? as bigint)", id))
                .isZero();

        // Another author's favourite tells the author who it was.
        MastodonApi.Answer writers = http.postJson("/api/v1/statuses/" + id + "/favourite", writerToken, Map.of());
        assertThat(writers.json().get("favourites_count").asLong()).isEqualTo(2);
        JsonNode told = null;
        for (JsonNode n : get("/api/v1/notifications?types%5B%5D=favourite").json()) {
            if (n.get("status").get("id").asText().equals(id)) {
                told = n;
            }
        }
        assertThat(told).as("a favourite notification about " + id).isNotNull();
        assertThat(told.get("account").get("acct").asText()).isEqualTo("writer");
        http.postJson("/api/v1/statuses/" + id + "/unfavourite", writerToken, Map.of());
        assertThat(tables.count("select count(*) from notification where post_id = cast(? as bigint)", id))
                .isZero();

        MastodonApi.Answer boost = post("/api/v1/statuses/" + id + "/reblog", Map.of());
        assertJsonError(boost, 422);
        assertThat(boost.json().get("error").asText()).startsWith("Validation failed: ");

        MastodonApi.Answer unliked = post("/api/v1/statuses/" + id + "/unfavourite", Map.of());
        assertThat(unliked.json().get("favourited").asBoolean()).isFalse();
        assertThat(unliked.json().get("favourites_count").asLong()).isZero();
        assertThat(ids(get("/api/v1/favourites").json())).doesNotContain(id);
    }

    @Test
    void anArticlesCardIsItsPermalinkAndAShortPostHasNone() {
        String article = admin.compose("article", "publish", "title", "A card for this", "body", "Long words.");
        MastodonApi.Answer card = http.get("/api/v1/statuses/" + article + "/card", null);
        assertThat(card.status()).as(card.raw().body()).isEqualTo(200);
        assertThat(card.json().get("title").asText()).isEqualTo("A card for this");
        assertThat(card.json().get("url").asText()).startsWith(server.baseUrl()).contains("a-card-for-this");

        // From an app, an article's text is its body Markdown: the title, slug and card stay.
        assertThat(get("/api/v1/statuses/" + article + "/source")
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("Long words.");
        MastodonApi.Answer edited =
                put("/api/v1/statuses/" + article, token, Map.of("status", "Longer words, *edited* from an app."));
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().get("card").get("title").asText()).isEqualTo("A card for this");
        String permalink = card.json().get("url").asText();
        String page = new WebClient(server)
                .get(permalink.substring(server.baseUrl().length()))
                .body();
        assertThat(page).contains("A card for this").contains("<em>edited</em>").doesNotContain("Long words.");
        assertThat(get("/api/v1/statuses/" + article + "/history")
                        .json()
                        .get(0)
                        .get("content")
                        .asText())
                .contains("<strong>A card for this</strong>")
                .contains("Long words.");

        MastodonApi.Answer none = http.get("/api/v1/statuses/" + status("No card here") + "/card", null);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().size()).isZero();
        assertJsonError(http.get("/api/v1/statuses/987654321/card", null), 404);
    }

    @Test
    void aScheduledStatusMovesWithItsTriggerAndADeletedOneNeverPublishes() {
        Instant first = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        MastodonApi.Answer made =
                post("/api/v1/statuses", Map.of("status", "Later, maybe", "scheduled_at", first.toString()));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        String id = made.json().get("id").asText();

        MastodonApi.Answer list = get("/api/v1/scheduled_statuses");
        assertThat(list.status()).as(list.raw().body()).isEqualTo(200);
        assertThat(ids(list.json())).contains(id);
        assertThat(get("/api/v1/scheduled_statuses/" + id)
                        .json()
                        .get("params")
                        .get("text")
                        .asText())
                .isEqualTo("Later, maybe");
        assertThat(fireTime(id)).isEqualTo(first.toEpochMilli());

        Instant moved = first.plus(1, ChronoUnit.HOURS);
        MastodonApi.Answer put =
                put("/api/v1/scheduled_statuses/" + id, token, Map.of("scheduled_at", moved.toString()));
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        assertThat(Instant.parse(put.json().get("scheduled_at").asText())).isEqualTo(moved);
        assertThat(fireTime(id)).isEqualTo(moved.toEpochMilli());

        String tooSoon = Instant.now().plus(1, ChronoUnit.MINUTES).toString();
        assertJsonError(put("/api/v1/scheduled_statuses/" + id, token, Map.of("scheduled_at", tooSoon)), 422);
        assertJsonError(put("/api/v1/scheduled_statuses/" + id, token, Map.of("scheduled_at", "soon")), 422);
        assertJsonError(
                put("/api/v1/scheduled_statuses/" + id, writerToken, Map.of("scheduled_at", moved.toString())), 404);
        assertJsonError(http.get("/api/v1/scheduled_statuses/" + id, writerToken), 404);
        assertThat(fireTime(id)).isEqualTo(moved.toEpochMilli());

        MastodonApi.Answer deleted = http.method("DELETE", "/api/v1/scheduled_statuses/" + id, token, null, null);
        assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(200);
        assertThat(tables.count("select count(*) from qrtz_triggers where trigger_name = ?", id))
                .isZero();
        assertJsonError(get("/api/v1/scheduled_statuses/" + id), 404);
        assertThat(ids(get("/api/v1/scheduled_statuses").json())).doesNotContain(id);

        server.runDueJobs();
        assertThat(tables.text("select status from post where id = cast(? as bigint)", id))
                .isEqualTo("DELETED");
        assertThat(new WebClient(server).get("/").body()).doesNotContain("Later, maybe");
        assertJsonError(http.method("DELETE", "/api/v1/scheduled_statuses/" + id, token, null, null), 404);
    }

    static long fireTime(String postId) {
        return tables.count("select next_fire_time from qrtz_triggers where trigger_name = ?", postId);
    }
}
