package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lists, followed tags and conversations from a Mastodon app, fed by a real Fedify peer that the
 * author "mio" follows: its posts and boosts fill a list's timeline, an exclusive list takes them
 * out of home, a followed hashtag brings posts home for "ren" (who follows nobody), and a direct
 * message arrives as a conversation that only mio can read.
 */
class MastodonListsIT {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    static KakehashiServer server;
    static LiveTables tables;
    static FedifyPeer peer;
    static WebClient admin;
    static MastodonApi http;
    static String mio;
    static String ren;
    static String mioActor;
    static String peerAccount;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Lists IT", "mio", "mio-password-1");
        mioActor = server.url("/actors/" + tables.text("select id from account where username = ?", "mio"));
        var authors = admin.get("/admin/authors");
        var made = admin.postForm(
                "/admin/authors",
                WebClient.form(
                        "_csrf", authors.csrf(),
                        "username", "ren",
                        "email", "ren@example.com",
                        "displayName", "Ren",
                        "password", "ren-password-1",
                        "role", "author"));
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        http = new MastodonApi(server);
        MastodonApi.App app = http.register("Lists IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        mio = http.passwordToken(app, "mio", "mio-password-1", "read write follow");
        ren = http.passwordToken(app, "ren", "ren-password-1", "read write follow");

        // mio follows the peer from the admin, and the peer accepts.
        var following = admin.get("/admin/following");
        admin.postForm("/admin/following", WebClient.form("_csrf", following.csrf(), "target", "@" + peer.acct()));
        JsonNode follow = peer.awaitReceived(a -> "Follow".equals(a.path("type").asText()), PATIENCE);
        send(Map.of(
                "type",
                "Accept",
                "object",
                Map.of(
                        "type",
                        "Follow",
                        "id",
                        follow.path("id").asText(),
                        "actor",
                        mioActor,
                        "object",
                        peer.actorUrl())));
        Eventually.await(() -> "ACCEPTED"
                .equals(tables.text("select state from following where remote_actor_uri = ?", peer.actorUrl())));
        peerAccount = tables.text("select id from remote_actor where uri = ?", peer.actorUrl());
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    /** The peer delivers an activity to mio's inbox, signed. */
    static void send(Map<String, ?> activity) {
        delivered(peer.send(mioActor, activity, FedifyPeer.Spec.RFC_9421));
    }

    static void delivered(FedifyPeer.Delivery d) {
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
    }

    /** A public note by the peer (with hashtags), sent to mio; returns its id. */
    static String peerPosts(String html, String... hashtags) {
        return peerReplies(null, html, hashtags);
    }

    /** A public note by the peer answering {@code inReplyTo} (null for none); returns its id. */
    static String peerReplies(String inReplyTo, String html, String... hashtags) {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        List<Map<String, String>> tags = new ArrayList<>();
        for (String t : hashtags) {
            tags.add(Map.of("type", "Hashtag", "name", "#" + t, "href", peer.baseUrl() + "/tags/" + t));
        }
        Map<String, Object> note = peer.note(id, html);
        note.put("cc", List.of(peer.actorUrl() + "/followers"));
        note.put("tag", tags);
        if (inReplyTo != null) {
            note.put("inReplyTo", inReplyTo);
        }
        delivered(peer.create(mioActor, note));
        return id;
    }

    /** A direct note from the peer to mio alone, answering {@code inReplyTo} (null for none). */
    static void sendDirect(String id, String inReplyTo, String html) {
        Map<String, Object> note = peer.note(id, html, mioActor);
        note.put("tag", List.of(Map.of("type", "Mention", "href", mioActor, "name", "@mio")));
        if (inReplyTo != null) {
            note.put("inReplyTo", inReplyTo);
        }
        delivered(peer.create(mioActor, note));
    }

    static MastodonApi.Answer get(String path, String token) {
        String relative =
                path.startsWith("http") ? path.substring(server.baseUrl().length()) : path;
        return http.get(relative, token);
    }

    static MastodonApi.Answer call(String method, String path, String token, Object json) {
        try {
            return http.method(
                    method,
                    path,
                    token,
                    json == null ? null : "application/json",
                    json == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> field(JsonNode array, String name) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(name).asText()));
        return out;
    }

    /** The status {@code announce} in a timeline: a reblog by the peer of the post {@code boosted}. */
    private JsonNode assertReblog(JsonNode timeline, String announce, String boosted) {
        JsonNode reblog = null;
        for (JsonNode s : timeline) {
            if (s.get("uri").asText().equals(announce)) {
                reblog = s;
            }
        }
        assertThat(reblog).as(timeline.toString()).isNotNull();
        assertThat(reblog.get("account").get("id").asText()).isEqualTo(peerAccount);
        assertThat(reblog.get("reblog").get("uri").asText()).isEqualTo(boosted);
        assertThat(reblog.get("reblog").get("content").asText()).contains("A friend's words");
        return reblog;
    }

    /** The uris of a timeline's statuses (a reblog's own uri is its Announce's). */
    static List<String> uris(String path, String token) {
        MastodonApi.Answer a = get(path, token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return field(a.json(), "uri");
    }

    static void assertJsonError(MastodonApi.Answer a, int status) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isNotBlank();
    }

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
    void aFollowedHashtagBringsPostsHomeFromAuthorsNotFollowed() {
        String local = admin.compose("note", "publish", "body", "Bridges everywhere", "tags", "bridgework");
        String remote = peerPosts("<p>Building a <a href=\"x\">#BridgeWork</a></p>", "BridgeWork");
        Eventually.await(() -> uris("/api/v1/timelines/home", mio).contains(remote));
        assertThat(field(get("/api/v1/timelines/home", ren).json(), "id")).doesNotContain(local);

        MastodonApi.Answer tag = get("/api/v1/tags/BridgeWork", ren);
        assertThat(tag.status()).as(tag.raw().body()).isEqualTo(200);
        assertThat(tag.json().get("name").asText()).isEqualTo("bridgework");
        assertThat(tag.json().get("following").asBoolean()).isFalse();
        assertThat(tag.json().get("history")).hasSize(7);
        assertThat(tag.json().get("history").get(0).get("uses").asText()).isEqualTo("1");
        assertThat(tag.json().get("history").get(0).get("accounts").asText()).isEqualTo("1");

        MastodonApi.Answer followed = http.postJson("/api/v1/tags/%23bridgework/follow", ren, Map.of());
        assertThat(followed.status()).as(followed.raw().body()).isEqualTo(200);
        assertThat(followed.json().get("following").asBoolean()).isTrue();
        assertThat(field(get("/api/v1/followed_tags", ren).json(), "name")).containsExactly("bridgework");
        assertThat(get("/api/v1/followed_tags", mio).json()).isEmpty();

        JsonNode home = get("/api/v1/timelines/home", ren).json();
        assertThat(field(home, "id")).contains(local);
        assertThat(field(home, "uri")).contains(remote);

        JsonNode unfollowed =
                http.postJson("/api/v1/tags/bridgework/unfollow", ren, Map.of()).json();
        assertThat(unfollowed.get("following").asBoolean()).isFalse();
        assertThat(get("/api/v1/followed_tags", ren).json()).isEmpty();
        assertThat(field(get("/api/v1/timelines/home", ren).json(), "uri")).doesNotContain(remote);
        assertJsonError(get("/api/v1/tags/not-a-tag", ren), 404);
    }

    @Test
    void aDirectMessageIsAConversationOnlyItsRecipientReads() {
        String dm = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Map<String, Object> note = peer.note(dm, "<p>Just between us</p>", mioActor);
        note.put("tag", List.of(Map.of("type", "Mention", "href", mioActor, "name", "@mio")));
        delivered(peer.create(mioActor, note));
        Eventually.await(() -> get("/api/v1/conversations", mio).json().size() == 1);

        JsonNode conversation = get("/api/v1/conversations", mio).json().get(0);
        String id = conversation.get("id").asText();
        assertThat(conversation.get("unread").asBoolean()).isTrue();
        assertThat(field(conversation.get("accounts"), "id")).containsExactly(peerAccount);
        JsonNode last = conversation.get("last_status");
        assertThat(last.get("uri").asText()).isEqualTo(dm);
        assertThat(last.get("visibility").asText()).isEqualTo("direct");
        assertThat(last.get("content").asText()).contains("Just between us");
        String status = last.get("id").asText();

        // Only mio reads it: not ren, not anyone, not in anyone's home.
        assertThat(get("/api/v1/statuses/" + status, mio).status()).isEqualTo(200);
        assertJsonError(get("/api/v1/statuses/" + status, ren), 404);
        assertJsonError(get("/api/v1/statuses/" + status, null), 404);
        assertThat(get("/api/v1/conversations", ren).json()).isEmpty();
        assertThat(uris("/api/v1/timelines/home?limit=40", mio)).doesNotContain(dm);

        // mio answers from the app: the same conversation, now ending with mio's direct reply.
        MastodonApi.Answer reply = http.postJson(
                "/api/v1/statuses",
                mio,
                Map.of("status", "@" + peer.acct() + " Agreed", "visibility", "direct", "in_reply_to_id", status));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        String replyId = reply.json().get("id").asText();
        Eventually.await(() -> get("/api/v1/conversations", mio)
                .json()
                .get(0)
                .get("last_status")
                .get("id")
                .asText()
                .equals(replyId));
        assertThat(get("/api/v1/conversations", mio).json()).hasSize(1);

        // The peer answers mio's reply directly: still one conversation, unread again.
        String answer = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        sendDirect(answer, reply.json().get("uri").asText(), "<p>Deal</p>");
        Eventually.await(() -> get("/api/v1/conversations", mio)
                .json()
                .get(0)
                .get("last_status")
                .get("uri")
                .asText()
                .equals(answer));
        assertThat(get("/api/v1/conversations", mio).json()).hasSize(1);
        assertThat(get("/api/v1/conversations", mio).json().get(0).get("unread").asBoolean())
                .isTrue();

        MastodonApi.Answer read = http.postJson("/api/v1/conversations/" + id + "/read", mio, Map.of());
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isFalse();
        assertThat(get("/api/v1/conversations", mio).json().get(0).get("unread").asBoolean())
                .isFalse();
        assertJsonError(http.postJson("/api/v1/conversations/" + id + "/read", ren, Map.of()), 404);
        assertJsonError(call("DELETE", "/api/v1/conversations/" + id, ren, null), 404);

        assertThat(call("DELETE", "/api/v1/conversations/" + id, mio, null).status())
                .isEqualTo(200);
        assertThat(get("/api/v1/conversations", mio).json()).isEmpty();
        assertJsonError(call("DELETE", "/api/v1/conversations/" + id, mio, null), 404);
        assertJsonError(call("DELETE", "/api/v1/conversations/abc", mio, null), 404);
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
