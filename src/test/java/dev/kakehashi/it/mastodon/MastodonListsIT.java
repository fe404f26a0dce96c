package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Lists from a Mastodon app, fed by a real Fedify peer that the author "mio" follows: its posts and
 * boosts fill a list's timeline and an exclusive list takes them out of home; the discovery lists
 * are empty and every route wants its scope.
 */
class MastodonListsIT extends MastodonListsFixture {
    @Test
    void listsBelongToTheirAuthorAndHoldOnlyFollowedAccounts() {
        MastodonApi.Answer made = http.postJson("/api/v1/lists", mio, Map.of("title", "Friends"));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        String id = made.json().get("id").asText();
        assertThat(made.json().get("title").asText()).isEqualTo("Friends");
        assertThat(made.json().get("replies_policy").asText()).isEqualTo("list");
        assertThat(made.json().get("exclusive").asBoolean()).isFalse();
        assertThat(field(get("/api/v1/lists", mio).json(), "id")).contains(id);

        // Mastodon.py sends forms; the change keeps what it does not name.
        MastodonApi.Answer renamed = http.method(
                "PUT",
                "/api/v1/lists/" + id,
                mio,
                "application/x-www-form-urlencoded",
                "title=Close+friends&replies_policy=none");
        assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);
        JsonNode shown = get("/api/v1/lists/" + id, mio).json();
        assertThat(shown.get("title").asText()).isEqualTo("Close friends");
        assertThat(shown.get("replies_policy").asText()).isEqualTo("none");

        assertJsonError(http.postJson("/api/v1/lists", mio, Map.of("title", "  ")), 422);
        assertJsonError(http.postJson("/api/v1/lists", mio, Map.of("title", "X", "replies_policy", "all")), 422);
        assertJsonError(http.postJson("/api/v1/lists", mio, Map.of("title", "X", "exclusive", "maybe")), 422);

        // Members: the followed peer, by its account id; an unknown account is 404.
        MastodonApi.Answer added =
                http.postForm("/api/v1/lists/" + id + "/accounts", mio, Map.of("account_ids[]", peerAccount));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
        MastodonApi.Answer members = get("/api/v1/lists/" + id + "/accounts", mio);
        assertThat(field(members.json(), "id")).containsExactly(peerAccount);
        assertThat(members.json().get(0).get("acct").asText()).startsWith("peer@");
        assertThat(field(get("/api/v1/accounts/" + peerAccount + "/lists", mio).json(), "id"))
                .contains(id);
        assertJsonError(
                http.postJson("/api/v1/lists/" + id + "/accounts", mio, Map.of("account_ids", List.of("987654321"))),
                404);

        // Another author's list does not exist for ren; ren may not list an account ren does not follow.
        assertJsonError(get("/api/v1/lists/" + id, ren), 404);
        assertJsonError(call("PUT", "/api/v1/lists/" + id, ren, Map.of("title", "Mine now")), 404);
        assertJsonError(get("/api/v1/timelines/list/" + id, ren), 404);
        assertThat(field(get("/api/v1/lists", ren).json(), "id")).doesNotContain(id);
        assertThat(get("/api/v1/accounts/" + peerAccount + "/lists", ren).json())
                .isEmpty();
        String rens = http.postJson("/api/v1/lists", ren, Map.of("title", "Ren's"))
                .json()
                .get("id")
                .asText();
        assertJsonError(
                http.postJson("/api/v1/lists/" + rens + "/accounts", ren, Map.of("account_ids", List.of(peerAccount))),
                422);
        assertThat(get("/api/v1/lists/" + rens + "/accounts", ren).json()).isEmpty();

        // Out of the list, then the list itself.
        MastodonApi.Answer removed =
                call("DELETE", "/api/v1/lists/" + id + "/accounts", mio, Map.of("account_ids", List.of(peerAccount)));
        assertThat(removed.status()).as(removed.raw().body()).isEqualTo(200);
        assertThat(get("/api/v1/lists/" + id + "/accounts", mio).json()).isEmpty();
        assertThat(call("DELETE", "/api/v1/lists/" + id, mio, null).status()).isEqualTo(200);
        assertJsonError(get("/api/v1/lists/" + id, mio), 404);
        assertJsonError(get("/api/v1/lists/nope", mio), 404);
        assertJsonError(call("DELETE", "/api/v1/lists/" + id, mio, null), 404);
    }

    @Test
    void aListTimelineShowsItsMembersPostsAndBoostsAndAnExclusiveListLeavesHome() {
        String list = http.postJson("/api/v1/lists", mio, Map.of("title", "Peers"))
                .json()
                .get("id")
                .asText();
        http.postJson("/api/v1/lists/" + list + "/accounts", mio, Map.of("account_ids", List.of(peerAccount)));
        String note = peerPosts("<p>Hello from the peer</p>");
        String boosted = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        String announce = peer.baseUrl() + "/announces/" + UUID.randomUUID();
        send(Map.of(
                "id", announce,
                "type", "Announce",
                "to", List.of("https://www.w3.org/ns/activitystreams#Public"),
                "published", Instant.now().toString(),
                "object",
                        Map.of(
                                "type",
                                "Note",
                                "id",
                                boosted,
                                "attributedTo",
                                peer.baseUrl() + "/users/friend",
                                "to",
                                List.of("https://www.w3.org/ns/activitystreams#Public"),
                                "content",
                                "<p>A friend's words</p>",
                                "published",
                                Instant.now().toString())));
        String path = "/api/v1/timelines/list/" + list;
        Eventually.await(() -> uris(path, mio).containsAll(List.of(note, announce)));

        MastodonApi.Answer timeline = get(path, mio);
        assertReblog(timeline.json(), announce, boosted);
        assertThat(timeline.json().get(0).get("id").isTextual()).isTrue();

        // Home shows the boost too, as a reblog by the peer, paged by the boost's own id.
        String home = "/api/v1/timelines/home?limit=40";
        JsonNode homeTimeline = get(home, mio).json();
        JsonNode homeReblog = assertReblog(homeTimeline, announce, boosted);
        String noteId = field(homeTimeline, "id").get(field(homeTimeline, "uri").indexOf(note));
        assertThat(uris(home + "&max_id=" + homeReblog.get("id").asText(), mio))
                .contains(note)
                .doesNotContain(announce);
        assertThat(uris(home + "&min_id=" + noteId, mio)).contains(announce).doesNotContain(note);

        // Paged one at a time with the Link header.
        MastodonApi.Answer first = get(path + "?limit=1", mio);
        assertThat(first.json()).hasSize(1);
        String link = first.header("Link");
        assertThat(link)
                .startsWith("<" + server.baseUrl())
                .contains("rel=\"next\"")
                .contains("max_id=");
        MastodonApi.Answer second = get(link.substring(1, link.indexOf('>')), mio);
        assertThat(second.json()).hasSize(1);
        assertThat(second.json().get(0).get("id").asText())
                .isNotEqualTo(first.json().get(0).get("id").asText());

        // Replies, as the list's policy says: to oneself always; to someone not in the list not by default.
        String selfReply = peerReplies(note, "<p>And one more thing</p>");
        String toFriend = peerReplies(boosted, "<p>Well said, friend</p>");
        Eventually.await(() -> uris("/api/v1/timelines/home?limit=40", mio).containsAll(List.of(selfReply, toFriend)));
        assertThat(uris(path, mio)).contains(selfReply).doesNotContain(toFriend);
        call("PUT", "/api/v1/lists/" + list, mio, Map.of("replies_policy", "none"));
        assertThat(uris(path, mio)).contains(selfReply, note).doesNotContain(toFriend);

        // Home shows the peer's post until the list is made exclusive.
        assertThat(uris("/api/v1/timelines/home?limit=40", mio)).contains(note);
        MastodonApi.Answer exclusive = call("PUT", "/api/v1/lists/" + list, mio, Map.of("exclusive", true));
        assertThat(exclusive.json().get("exclusive").asBoolean()).isTrue();
        assertThat(uris("/api/v1/timelines/home?limit=40", mio)).doesNotContain(note, announce);
        assertThat(uris(path, mio)).contains(note, announce);
        call("PUT", "/api/v1/lists/" + list, mio, Map.of("exclusive", false));
        assertThat(uris("/api/v1/timelines/home?limit=40", mio)).contains(note, announce);

        // A muted account's posts and boosts leave home until the mute is taken back.
        assertThat(call("POST", "/api/v1/accounts/" + peerAccount + "/mute", mio, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(uris("/api/v1/timelines/home?limit=40", mio)).doesNotContain(note, announce);
        assertThat(call("POST", "/api/v1/accounts/" + peerAccount + "/unmute", mio, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(uris("/api/v1/timelines/home?limit=40", mio)).contains(note, announce);

        // Older routes under /api/v1 still answer beside the new ones.
        assertThat(get("/api/v1/instance", null).status()).isEqualTo(200);
        assertThat(get("/api/v1/accounts/" + peerAccount, mio).status()).isEqualTo(200);
        assertThat(get("/api/v1/timelines/public", null).status()).isEqualTo(200);
        assertThat(get("/api/v1/bookmarks", mio).status()).isEqualTo(200);
    }

    @Test
    void aRemoteAccountsStatusesAreWhatReachedTheBlogThatAnyoneMayRead() {
        String note = peerPosts("<p>On my profile</p>");
        String reply = peerReplies(note, "<p>Answering myself</p>");
        String direct = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        sendDirect(direct, null, "<p>For mio alone</p>");
        String path = "/api/v1/accounts/" + peerAccount + "/statuses";
        Eventually.await(() -> uris(path, mio).containsAll(List.of(note, reply)));

        assertThat(uris(path, mio)).doesNotContain(direct);
        assertThat(uris(path, null)).contains(note, reply).doesNotContain(direct);
        assertThat(uris(path + "?exclude_replies=true", mio)).contains(note).doesNotContain(reply);
        assertThat(get(path + "?only_media=true", mio).json()).isEmpty();
        MastodonApi.Answer one = get(path + "?limit=1", mio);
        assertThat(one.json()).hasSize(1);
        assertThat(one.json().get(0).get("account").get("id").asText()).isEqualTo(peerAccount);
        assertThat(one.header("Link")).startsWith("<").contains("max_id=").contains("rel=\"next\"");
        assertJsonError(get("/api/v1/accounts/987654321/statuses", mio), 404);
    }

    @Test
    void discoveryListsAreEmptyAndScopesAreEnforced() {
        assertThat(get("/api/v1/custom_emojis", null).json()).isEmpty();
        assertThat(get("/api/v1/announcements", mio).json()).isEmpty();
        assertJsonError(http.postJson("/api/v1/announcements/1/dismiss", mio, Map.of()), 404);
        for (String kind : List.of("tags", "statuses", "links")) {
            MastodonApi.Answer trends = get("/api/v1/trends/" + kind, null);
            assertThat(trends.status()).isEqualTo(200);
            assertThat(trends.json()).isEmpty();
        }
        assertJsonError(get("/api/v1/lists", null), 401);
        assertJsonError(get("/api/v1/conversations", null), 401);
        assertJsonError(get("/api/v1/followed_tags", null), 401);

        MastodonApi.App app = http.register("Read only", "read", "urn:ietf:wg:oauth:2.0:oob");
        String reader = http.passwordToken(app, "mio", "mio-password-1", "read");
        assertThat(get("/api/v1/lists", reader).status()).isEqualTo(200);
        assertJsonError(http.postJson("/api/v1/lists", reader, Map.of("title", "Nope")), 403);
        assertJsonError(http.postJson("/api/v1/tags/java/follow", reader, Map.of()), 403);
        assertJsonError(call("DELETE", "/api/v1/conversations/1", reader, null), 403);
    }

    @Test
    void mastodonPyKeepsAListAndReadsItsTimelineAndTheConversations() {
        MastodonClients.requireMastodonPy();
        String note = peerPosts("<p>For the Python list</p>");
        Eventually.await(() -> uris("/api/v1/timelines/home?limit=40", mio).contains(note));
        JsonNode run = MastodonClients.run(
                        List.of(MastodonClients.PYTHON, "mastodon_py_lists.py", server.baseUrl(), mio, peerAccount),
                        Map.of(),
                        null)
                .ok()
                .json();
        assertThat(run.get("title").asText()).isEqualTo("From Mastodon.py");
        assertThat(run.get("members")).extracting(JsonNode::asText).containsExactly(peerAccount);
        assertThat(run.get("timeline")).extracting(JsonNode::asText).contains(note);
        assertThat(run.get("holding"))
                .extracting(JsonNode::asText)
                .contains(run.get("list_id").asText());
        run.get("conversations")
                .forEach(c -> assertThat(c.get("accounts").asInt()).isEqualTo(1));
        assertThat(run.get("members_after").asInt())
                .as("the form DELETE took the member out")
                .isZero();
        assertThat(run.get("lists_after"))
                .extracting(JsonNode::asText)
                .doesNotContain(run.get("list_id").asText());
        assertThat(run.get("emojis").asInt()).isZero();
        assertThat(run.get("announcements").asInt()).isZero();
    }
}
