package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An author's own marks on accounts and the reading filters around them, through real clients:
 * private notes and endorsements (masto.js), quote notifications only for a client that names them
 * (Mastodon.py names no types), tag timelines with any/all/none, and a remote account's statuses
 * by hashtag (the Fedify peer's posts).
 */
class MastodonAccountMarksIT extends MastodonAccountsFixture {
    @Test
    void endorsingAnAccountNotFollowedIsA422AndNothingIsStored() {
        String id = peerId();
        if (relationship(id).get("following").asBoolean()) {
            assertThat(post("/api/v1/accounts/" + id + "/unfollow").status()).isEqualTo(200);
        }
        MastodonApi.Answer refused = post("/api/v1/accounts/" + id + "/endorse");
        assertJsonError(refused, 422);
        assertThat(refused.json().get("error").asText()).contains("must be already following");
        assertJsonError(post("/api/v1/accounts/" + me + "/pin"), 422);
        assertJsonError(post("/api/v1/accounts/999999/pin"), 404);
        assertThat(get("/api/v1/endorsements").json()).isEmpty();
        assertThat(relationship(id).get("endorsed").asBoolean()).isFalse();
    }

    @Test
    void aNoteIsTheAuthorsOwnAndTooLongANoteIsA422() {
        String id = peerId();
        MastodonApi.Answer noted =
                http.postJson("/api/v1/accounts/" + id + "/note", token, Map.of("comment", "Knows rivers"));
        assertThat(noted.status()).as(noted.raw().body()).isEqualTo(200);
        assertThat(noted.json().get("note").asText()).isEqualTo("Knows rivers");
        assertThat(relationship(id).get("note").asText()).isEqualTo("Knows rivers");

        String other = http.passwordToken(app, "kai", "kai-password-1", "read");
        assertThat(http.get("/api/v1/accounts/relationships?id=" + id, other)
                        .json()
                        .get(0)
                        .get("note")
                        .asText())
                .as("the same author's other app")
                .isEqualTo("Knows rivers");
        assertJsonError(
                http.postJson("/api/v1/accounts/" + id + "/note", token, Map.of("comment", "x".repeat(2001))), 422);
        assertThat(relationship(id).get("note").asText()).isEqualTo("Knows rivers");

        assertThat(http.postForm("/api/v1/accounts/" + id + "/note", token, Map.of("comment", ""))
                        .json()
                        .get("note")
                        .asText())
                .isEmpty();
    }

    @Test
    void mastoJsKeepsANoteEndorsesAndListsEndorsementsAndSeesQuotesItAsksFor() {
        MastodonClients.requireNodeClients();
        String peerId = followed();
        quotedByThePeer();
        String tagged = admin.compose("note", "publish", "body", "Where rivers meet", "tags", "rivers");
        admin.compose("note", "publish", "body", "Rivers, unfinished", "tags", "rivers, draft");

        JsonNode out = MastodonClients.node(
                        "masto-accounts.mjs", server.baseUrl(), token, me, peerId, "nothing-tagged-so")
                .ok()
                .json();

        assertThat(out.get("note").asText()).isEqualTo("Met at the bridge meetup");
        assertThat(out.get("endorsed").asBoolean()).isTrue();
        assertThat(ids(objects(out.get("mine")))).containsExactly(peerId);
        assertThat(ids(objects(out.get("theirs")))).containsExactly(peerId);
        assertThat(out.get("notifications").toString()).contains("\"type\":\"quote\"");
        assertThat(ids(objects(out.get("tagged")))).containsExactly(tagged);
        assertThat(out.get("afterUnendorse").asBoolean()).isFalse();
        assertThat(get("/api/v1/endorsements").json()).isEmpty();
    }

    @Test
    void endorsementsArePagedWithALinkHeaderAndEndWithTheFollow() {
        String peerId = followed();
        assertThat(post("/api/v1/accounts/" + peerId + "/pin")
                        .json()
                        .get("endorsed")
                        .asBoolean())
                .isTrue();
        assertThat(post("/api/v1/accounts/" + peerId + "/pin").status())
                .as("twice is once")
                .isEqualTo(200);
        MastodonApi.Answer page = get("/api/v1/endorsements?limit=1");
        assertThat(ids(page.json())).containsExactly(peerId);
        assertThat(page.header("Link")).contains("rel=\"next\"").contains("max_id=");
        assertThat(ids(http.get("/api/v1/accounts/" + me + "/endorsements", null)
                        .json()))
                .as("public, as on Mastodon")
                .containsExactly(peerId);

        assertThat(post("/api/v1/accounts/" + peerId + "/unfollow").status()).isEqualTo(200);
        assertThat(get("/api/v1/endorsements").json()).isEmpty();
        assertThat(relationship(peerId).get("endorsed").asBoolean()).isFalse();
    }

    @Test
    void mastodonPyWhichNamesNoTypesIsNotSentQuotes() {
        MastodonClients.requireMastodonPy();
        followed();
        quotedByThePeer();
        assertThat(get("/api/v1/notifications?types[]=quote").json().toString()).contains("\"type\":\"quote\"");
        assertThat(get("/api/v2/notifications?supported_types[]=quote").json().toString())
                .contains("\"quote\"");

        JsonNode out = MastodonClients.python("notifications", server.baseUrl(), token)
                .ok()
                .json();
        assertThat(out.get("notifications").toString()).doesNotContain("\"quote\"");
        assertThat(get("/api/v1/notifications").json().toString()).doesNotContain("\"type\":\"quote\"");
        assertThat(get("/api/v2/notifications").json().toString()).doesNotContain("\"type\":\"quote\"");
    }

    @Test
    void theTagTimelineHonoursAnyAllAndNoneWhateverTheCase() {
        String a = admin.compose("note", "publish", "body", "Stone arches", "tags", "arches, stone");
        String b = admin.compose("note", "publish", "body", "More arches", "tags", "Arches");
        String c = admin.compose("note", "publish", "body", "Stone, unfinished", "tags", "stone, wip");
        String d = admin.compose("note", "publish", "body", "Arches, unfinished", "tags", "arches, wip");

        assertThat(tag("ARCHES")).containsExactly(d, b, a);
        assertThat(tag("arches?any[]=Stone")).containsExactly(d, c, b, a);
        assertThat(tag("arches?all[]=STONE")).containsExactly(a);
        assertThat(tag("arches?none[]=wip")).containsExactly(b, a);
        assertThat(tag("arches?any[]=stone&none[]=WIP&local=true")).containsExactly(b, a);
        assertThat(tag("arches?only_media=true")).isEmpty();
        assertThat(tag("arches?remote=true")).isEmpty();
    }

    @Test
    void aRemoteAccountsStatusesTaggedAreItsPostsWithThatHashtag() {
        String peerId = followed();
        String tagged = peer.baseUrl() + "/notes/tagged-" + System.nanoTime();
        Map<String, Object> note = peer.note(tagged, "<p>Across the <a href=\"#\">#Bridges</a></p>");
        note.put(
                "tag",
                List.of(Map.of("type", "Hashtag", "name", "#Bridges", "href", peer.baseUrl() + "/tags/bridges")));
        assertThat(peer.create(authorActor, note).status()).isLessThan(300);
        String plain = peer.baseUrl() + "/notes/plain-" + System.nanoTime();
        assertThat(peer.create(authorActor, peer.note(plain, "<p>No tags here</p>"))
                        .status())
                .isLessThan(300);
        Eventually.await(() -> get("/api/v1/accounts/" + peerId + "/statuses")
                .json()
                .toString()
                .contains(plain));

        JsonNode byTag =
                get("/api/v1/accounts/" + peerId + "/statuses?tagged=BRIDGES").json();
        assertThat(byTag).hasSize(1);
        assertThat(byTag.get(0).get("uri").asText()).isEqualTo(tagged);
        assertThat(get("/api/v1/accounts/" + peerId + "/statuses?tagged=rivers").json())
                .isEmpty();
    }

    private static List<String> tag(String pathAndQuery) {
        MastodonApi.Answer a = http.get("/api/v1/timelines/tag/" + pathAndQuery, null);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return ids(a.json());
    }

    private static JsonNode objects(JsonNode ids) {
        var array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        ids.forEach(id -> array.addObject().put("id", id.asText()));
        return array;
    }

    /** The peer's account id, followed and accepted (following it first when needed). */
    private static String followed() {
        String id = peerId();
        return relationship(id).get("following").asBoolean() ? id : followAccepted();
    }

    /** Kai publishes a post and the peer quotes it; returns once kai is notified of it. */
    private static void quotedByThePeer() {
        long before = quoteNotifications();
        String post = admin.compose("note", "publish", "body", "Quote this bridge");
        String postUrl = server.url("/posts/" + post);
        String quoteId = peer.baseUrl() + "/notes/quote-" + System.nanoTime();
        Map<String, Object> quoting =
                peer.note(quoteId, "<p>Look</p><p class=\"quote-inline\">RE: " + postUrl + "</p>");
        quoting.put("quote", postUrl);
        assertThat(peer.create(authorActor, quoting).status()).isLessThan(300);
        Eventually.await(() -> quoteNotifications() > before);
    }

    private static long quoteNotifications() {
        return tables.count(
                "select count(*) from notification where account_id = cast(? as bigint) and kind = 'QUOTE'", me);
    }
}
