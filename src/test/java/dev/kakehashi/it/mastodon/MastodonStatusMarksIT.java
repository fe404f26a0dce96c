package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an author marks on a status from an app: pins (on the profile and in the featured
 * collection), a muted thread, a favourite of their own post.
 */
class MastodonStatusMarksIT extends MastodonStatusFixture {
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
}
