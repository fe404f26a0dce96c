package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the viewer does from an app to a status in the middle of a home page, a real peer's post or
 * one of their own, shows on the very next request: a like and its undoing, a boost and its
 * undoing, a bookmark, and the author's count of statuses after a post and a delete. The page's
 * marks (what the viewer liked or boosted of posts from elsewhere among them) are read in one
 * statement with the counts, and an author's counts are kept between the writes that change them,
 * so this is what those answer.
 */
class MastodonHomeMarksFreshIT {
    static FedifyPeer peer;
    static AppAuthor hma;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        hma = AppAuthor.start("Home marks IT", "hma", "hma-password-1");
        http = hma.http;
        token = hma.token;
        hma.followAccepted(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (hma != null) hma.close();
    }

    static JsonNode home() {
        MastodonApi.Answer a = http.get("/api/v1/timelines/home?limit=40", token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    /** The status whose own uri (not a reblog's) is {@code uri} in home now, or null. */
    static JsonNode byUri(JsonNode page, String uri) {
        for (JsonNode s : page) {
            if (s.get("reblog").isNull() && uri.equals(s.get("uri").asText())) {
                return s;
            }
        }
        return null;
    }

    /** The status {@code id} in home now, failing when it is not on the page. */
    static JsonNode byId(String id) {
        JsonNode page = home();
        for (JsonNode s : page) {
            if (id.equals(s.get("id").asText())) {
                return s;
            }
        }
        throw new AssertionError("status " + id + " is not in home: " + page);
    }

    static void ok(MastodonApi.Answer a) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
    }

    static String post(String text) {
        MastodonApi.Answer posted = http.postJson("/api/v1/statuses", token, Map.of("status", text));
        ok(posted);
        return posted.json().get("id").asText();
    }

    @Test
    void theViewersMarksOnAStatusInTheMiddleOfThePageShowOnTheNextRequest() {
        String note = peer.baseUrl() + "/notes/middle-1";
        assertThat(peer.create(hma.actor, peer.note(note, "<p>From elsewhere, in the middle</p>"))
                        .status())
                .isBetween(200, 299);
        Eventually.await(() -> byUri(home(), note) != null);
        String remoteId = byUri(home(), note).get("id").asText();
        String older = post("Mine, older than the next");
        long counted = byId(older).get("account").get("statuses_count").asLong();
        String newest = post("Mine, the newest");
        assertThat(byId(older).get("account").get("statuses_count").asLong())
                .as("the author's count on the next request")
                .isEqualTo(counted + 1);

        JsonNode before = byId(remoteId);
        assertThat(home().get(0).get("id").asText()).as("not the newest").isNotEqualTo(remoteId);
        assertThat(before.get("favourited").asBoolean()).isFalse();
        assertThat(before.get("reblogged").asBoolean()).isFalse();
        assertThat(before.get("bookmarked").asBoolean()).isFalse();

        ok(http.postJson("/api/v1/statuses/" + remoteId + "/favourite", token, Map.of()));
        JsonNode liked = byId(remoteId);
        assertThat(liked.get("favourited").asBoolean()).isTrue();
        assertThat(liked.get("favourites_count").asInt()).isEqualTo(1);
        assertThat(liked.get("reblogged").asBoolean()).isFalse();

        ok(http.postJson("/api/v1/statuses/" + remoteId + "/unfavourite", token, Map.of()));
        JsonNode unliked = byId(remoteId);
        assertThat(unliked.get("favourited").asBoolean()).isFalse();
        assertThat(unliked.get("favourites_count").asInt()).isZero();

        ok(http.postJson("/api/v1/statuses/" + remoteId + "/reblog", token, Map.of()));
        JsonNode boosted = byId(remoteId);
        assertThat(boosted.get("reblogged").asBoolean()).isTrue();
        assertThat(boosted.get("reblogs_count").asInt()).isEqualTo(1);
        assertThat(boosted.get("favourited").asBoolean()).isFalse();

        ok(http.postJson("/api/v1/statuses/" + remoteId + "/unreblog", token, Map.of()));
        JsonNode unboosted = byId(remoteId);
        assertThat(unboosted.get("reblogged").asBoolean()).isFalse();
        assertThat(unboosted.get("reblogs_count").asInt()).isZero();

        ok(http.postJson("/api/v1/statuses/" + remoteId + "/bookmark", token, Map.of()));
        assertThat(byId(remoteId).get("bookmarked").asBoolean()).isTrue();

        ok(http.postJson("/api/v1/statuses/" + older + "/favourite", token, Map.of()));
        JsonNode ownLiked = byId(older);
        assertThat(ownLiked.get("favourited").asBoolean()).isTrue();
        assertThat(ownLiked.get("favourites_count").asInt()).isEqualTo(1);
        assertThat(byId(remoteId).get("favourited").asBoolean())
                .as("a like of another status on the page is not this one's")
                .isFalse();

        ok(http.method("DELETE", "/api/v1/statuses/" + newest, token, null, null));
        JsonNode after = home();
        assertThat(after.toString()).doesNotContain("\"id\":\"" + newest + "\"");
        assertThat(byId(older).get("account").get("statuses_count").asLong()).isEqualTo(counted);
    }
}
