package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real Fedify peers the author follows boost the same post: home shows it once, at the newest
 * boost, on every page. The author's own boost of it from an app is then the one home shows.
 */
class MastodonHomeBoostsIT {
    static FedifyPeer ann;
    static FedifyPeer ben;
    static AppAuthor hoa;
    static MastodonApi http;
    static String token;
    static String me;
    static String authorActor;

    @BeforeAll
    static void start() {
        ann = FedifyPeer.start();
        ben = FedifyPeer.start();
        hoa = AppAuthor.start("Home boosts IT", "hoa", "hoa-password-1");
        http = hoa.http;
        token = hoa.token;
        me = hoa.id;
        authorActor = hoa.actor;
        hoa.followAccepted(ann);
        hoa.followAccepted(ben);
    }

    @AfterAll
    static void stop() {
        if (ann != null) ann.close();
        if (ben != null) ben.close();
        if (hoa != null) hoa.close();
    }

    static void send(FedifyPeer peer, Map<String, ?> activity) {
        FedifyPeer.Delivery d = peer.send(authorActor, activity, FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
    }

    /** The peer boosts {@code note} by its id; returns the Announce's id. */
    static String boost(FedifyPeer peer, String note) {
        String announce = peer.baseUrl() + "/announces/" + UUID.randomUUID();
        send(
                peer,
                Map.of(
                        "id",
                        announce,
                        "type",
                        "Announce",
                        "to",
                        List.of("https://www.w3.org/ns/activitystreams#Public"),
                        "object",
                        note));
        return announce;
    }

    static JsonNode home(String query) {
        MastodonApi.Answer a = http.get("/api/v1/timelines/home?limit=40" + query, token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    /** The reblogs of {@code note} in a page of home. */
    static List<JsonNode> reblogsOf(JsonNode timeline, String note) {
        List<JsonNode> out = new ArrayList<>();
        timeline.forEach(s -> {
            if (!s.get("reblog").isNull()
                    && note.equals(s.get("reblog").get("uri").asText())) {
                out.add(s);
            }
        });
        return out;
    }

    @Test
    void aPostBoostedByTwoFollowedAccountsShowsOnceThenAsTheAuthorsOwnReblog() {
        // ann writes a note (served at its id, so a boost by id can fetch it); both peers boost it.
        String note = ann.reply(authorActor, ben.baseUrl() + "/notes/elsewhere", "<p>Worth sharing</p>", null);
        String first = boost(ann, note);
        Eventually.await(() -> !reblogsOf(home(""), note).isEmpty());
        String newest = boost(ben, note);
        Eventually.await(() -> reblogsOf(home(""), note).stream()
                .anyMatch(s -> s.get("uri").asText().equals(newest)));

        JsonNode timeline = home("");
        List<JsonNode> reblogs = reblogsOf(timeline, note);
        assertThat(reblogs).as(timeline.toString()).hasSize(1);
        JsonNode shown = reblogs.get(0);
        assertThat(shown.get("account").get("url").asText()).startsWith(ben.baseUrl());
        assertThat(shown.get("reblog").get("content").asText()).contains("Worth sharing");
        // The older boost does not come back on the next page either.
        JsonNode older = home("&max_id=" + shown.get("id").asText());
        assertThat(older.toString()).doesNotContain(first);
        assertThat(hoa.tables.text("select count(*) from remote_boost where post_uri = ?", note))
                .as("both boosts are kept")
                .isEqualTo("2");

        // The author boosts it from the app: home now shows it once, as the author's reblog.
        String statusId = shown.get("reblog").get("id").asText();
        MastodonApi.Answer reblogged = http.postJson("/api/v1/statuses/" + statusId + "/reblog", token, Map.of());
        assertThat(reblogged.status()).as(reblogged.raw().body()).isEqualTo(200);
        JsonNode after = home("");
        List<JsonNode> mine = reblogsOf(after, note);
        assertThat(mine).as(after.toString()).hasSize(1);
        assertThat(mine.get(0).get("account").get("id").asText()).isEqualTo(me);
        assertThat(mine.get(0).get("account").get("acct").asText()).isEqualTo("hoa");
        assertThat(mine.get(0).get("reblogged").asBoolean()).isTrue();
        assertThat(after.toString()).doesNotContain(newest);
        assertThat(home("&max_id=" + mine.get(0).get("id").asText()).toString())
                .doesNotContain(newest)
                .doesNotContain(first);
    }

    /**
     * Own statuses and a followed peer's notes, interleaved in time: pages of two, followed by
     * {@code max_id}, give exactly the one page of all, in order, with none missing or shown twice
     * (the page is cut on ids before the blog's posts on it are loaded).
     */
    @Test
    void ownAndFollowedStatusesInterleavedPageWithoutGapsOrRepeats() {
        List<String> posted = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            MastodonApi.Answer own = http.postJson("/api/v1/statuses", token, Map.of("status", "Own words " + i));
            assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
            posted.add("Own words " + i);
            String theirs = "Their words " + i;
            FedifyPeer.Delivery d =
                    ann.create(authorActor, ann.note(ann.baseUrl() + "/notes/paged-" + i, "<p>" + theirs + "</p>"));
            assertThat(d.status()).as(d.body()).isBetween(200, 299);
            Eventually.await(() -> home("").toString().contains(theirs));
            posted.add(theirs);
        }
        JsonNode whole = home("");
        List<String> expected = new ArrayList<>();
        whole.forEach(s -> expected.add(s.get("id").asText()));
        List<String> paged = new ArrayList<>();
        String maxId = null;
        for (int page = 0; page < 40 && paged.size() < expected.size(); page++) {
            MastodonApi.Answer a =
                    http.get("/api/v1/timelines/home?limit=2" + (maxId == null ? "" : "&max_id=" + maxId), token);
            assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
            assertThat(a.json().size()).as(a.raw().body()).isBetween(1, 2);
            a.json().forEach(s -> paged.add(s.get("id").asText()));
            maxId = paged.get(paged.size() - 1);
        }
        assertThat(paged).isEqualTo(expected);
        // The eight newest, newest first, alternate between the peer's and the author's.
        List<String> newest = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            newest.add(whole.get(i)
                    .get("content")
                    .asText()
                    .replaceAll("<[^>]+>", "")
                    .strip());
        }
        List<String> want = new ArrayList<>(posted);
        java.util.Collections.reverse(want);
        assertThat(newest).isEqualTo(want);
    }
}
