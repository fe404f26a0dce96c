package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author's app finds a real Fedify peer by its handle, follows it (requested until the peer's
 * Accept), unfollows, blocks and mutes it, and reads relationships, followers and the block and mute
 * lists; search also finds the blog's own posts and tags, and a post by its URL.
 */
class MastodonAccountsIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static FedifyPeer peer;
    static MastodonApi http;
    static MastodonApi.App app;
    static String token;
    static String me;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Accounts IT", "kai", "kai-password-1");
        me = tables.text("select id from account where username = ?", "kai");
        authorActor = server.url("/actors/" + me);
        http = new MastodonApi(server);
        app = http.register("Accounts IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "kai", "kai-password-1", "read write follow");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void forgetWhatThePeerReceived() {
        peer.reset();
    }

    static MastodonApi.Answer get(String path) {
        return http.get(
                path.startsWith("http") ? path.substring(server.baseUrl().length()) : path, token);
    }

    static MastodonApi.Answer post(String path) {
        return http.postJson(path, token, Map.of());
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

    /** The peer's account id, found the way apps find a remote account: search with resolve. */
    static String peerId() {
        MastodonApi.Answer found =
                get("/api/v2/search?type=accounts&resolve=true&q=" + MastodonApi.enc("@" + peer.acct()));
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        assertThat(found.json().get("accounts")).as(found.raw().body()).hasSize(1);
        return found.json().get("accounts").get(0).get("id").asText();
    }

    static JsonNode relationship(String id) {
        MastodonApi.Answer a = get("/api/v1/accounts/relationships?id=" + id);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json().get(0);
    }

    /** Follows the peer from the app and makes the peer accept; returns the peer's account id. */
    static String followAccepted() {
        String id = peerId();
        MastodonApi.Answer followed = post("/api/v1/accounts/" + id + "/follow");
        assertThat(followed.status()).as(followed.raw().body()).isEqualTo(200);
        JsonNode follow = peer.awaitReceived(
                a -> "Follow".equals(a.get("type").asText())
                        && authorActor.equals(a.get("actor").asText()),
                PATIENCE);
        FedifyPeer.Delivery accept = peer.send(
                authorActor, Map.of("type", "Accept", "object", follow.get("id").asText()), FedifyPeer.Spec.RFC_9421);
        assertThat(accept.status()).as(accept.body()).isLessThan(300);
        Eventually.await(() -> relationship(id).get("following").asBoolean());
        return id;
    }

    @Test
    void searchResolvesThePeerAndFollowIsRequestedUntilItAcceptsThenUnfollowSendsUndo() {
        MastodonApi.Answer found = get("/api/v2/search?resolve=true&q=" + MastodonApi.enc("@" + peer.acct()));
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        JsonNode account = found.json().get("accounts").get(0);
        assertThat(account.get("acct").asText()).isEqualTo(peer.acct());
        assertThat(account.get("url").asText()).startsWith(peer.baseUrl());
        assertThat(found.json().get("statuses").isArray()).isTrue();
        assertThat(found.json().get("hashtags").isArray()).isTrue();
        String id = account.get("id").asText();
        assertThat(peerId()).as("the same account keeps its id").isEqualTo(id);
        assertThat(ids(get("/api/v1/accounts/search?q=peer").json())).contains(id);
        assertJsonError(http.get("/api/v2/search?resolve=true&q=" + MastodonApi.enc("@" + peer.acct()), null), 401);

        JsonNode before = relationship(id);
        assertThat(before.get("id").asText()).isEqualTo(id);
        for (String field : List.of(
                "following",
                "showing_reblogs",
                "notifying",
                "followed_by",
                "blocking",
                "blocked_by",
                "muting",
                "muting_notifications",
                "requested",
                "requested_by",
                "domain_blocking",
                "endorsed")) {
            assertThat(before.get(field).isBoolean()).as(field).isTrue();
        }
        assertThat(before.has("languages")).isTrue();
        assertThat(before.get("note").asText()).isEmpty();
        assertThat(before.get("following").asBoolean()).isFalse();

        MastodonApi.Answer asked = post("/api/v1/accounts/" + id + "/follow");
        assertThat(asked.status()).as(asked.raw().body()).isEqualTo(200);
        assertThat(asked.json().get("requested").asBoolean()).isTrue();
        assertThat(asked.json().get("following").asBoolean()).isFalse();
        JsonNode follow = peer.awaitReceived(
                a -> "Follow".equals(a.get("type").asText())
                        && authorActor.equals(a.get("actor").asText()),
                PATIENCE);
        assertThat(follow.get("activity").get("object").asText()).isEqualTo(peer.actorUrl());
        assertThat(post("/api/v1/accounts/" + id + "/follow")
                        .json()
                        .get("requested")
                        .asBoolean())
                .as("following twice is following once")
                .isTrue();

        FedifyPeer.Delivery accept = peer.send(
                authorActor, Map.of("type", "Accept", "object", follow.get("id").asText()), FedifyPeer.Spec.RFC_9421);
        assertThat(accept.status()).as(accept.body()).isLessThan(300);
        Eventually.await(() -> relationship(id).get("following").asBoolean());
        assertThat(relationship(id).get("requested").asBoolean()).isFalse();
        assertThat(relationship(id).get("showing_reblogs").asBoolean()).isTrue();
        MastodonApi.Answer following = get("/api/v1/accounts/" + me + "/following");
        assertThat(following.status()).as(following.raw().body()).isEqualTo(200);
        assertThat(ids(following.json())).containsExactly(id);
        assertThat(ids(get("/api/v1/accounts/" + id + "/followers").json())).containsExactly(me);

        MastodonApi.Answer several = get("/api/v1/accounts/relationships?id%5B%5D=" + id + "&id%5B%5D=" + me);
        assertThat(ids(several.json())).containsExactly(id, me);
        assertThat(several.json().get(0).get("following").asBoolean()).isTrue();
        assertThat(several.json().get(1).get("following").asBoolean()).isFalse();

        MastodonApi.Answer dropped = post("/api/v1/accounts/" + id + "/unfollow");
        assertThat(dropped.status()).as(dropped.raw().body()).isEqualTo(200);
        assertThat(dropped.json().get("following").asBoolean()).isFalse();
        JsonNode undo = peer.awaitReceived(a -> "Undo".equals(a.get("type").asText()), PATIENCE);
        assertThat(undo.get("activity").get("object").get("type").asText()).isEqualTo("Follow");
        assertThat(get("/api/v1/accounts/" + me + "/following").json()).isEmpty();
        assertThat(post("/api/v1/accounts/" + id + "/unfollow").status()).isEqualTo(200);
    }

    @Test
    void blockRemovesThePeerAsFollowerAndRefusesWhatItSendsUntilUnblocked() {
        String id = peerId();
        peer.follow(authorActor);
        Eventually.await(() -> relationship(id).get("followed_by").asBoolean());
        MastodonApi.Answer followers = get("/api/v1/accounts/" + me + "/followers?limit=1");
        assertThat(ids(followers.json())).containsExactly(id);
        String link = followers.header("Link");
        assertThat(link).startsWith("<" + server.baseUrl()).contains("max_id=").contains("rel=\"next\"");
        assertThat(get(link.substring(1, link.indexOf('>'))).json()).isEmpty();

        MastodonApi.Answer blocked = post("/api/v1/accounts/" + id + "/block");
        assertThat(blocked.status()).as(blocked.raw().body()).isEqualTo(200);
        assertThat(blocked.json().get("blocking").asBoolean()).isTrue();
        assertThat(blocked.json().get("followed_by").asBoolean()).isFalse();
        assertThat(get("/api/v1/accounts/" + me + "/followers").json()).isEmpty();
        assertThat(ids(get("/api/v1/blocks").json())).containsExactly(id);
        assertThat(post("/api/v1/accounts/" + id + "/block")
                        .json()
                        .get("blocking")
                        .asBoolean())
                .isTrue();

        String post = admin.compose("note", "publish", "body", "Blocked peers cannot answer this");
        Map<String, Object> refused = peer.note(peer.baseUrl() + "/notes/refused-reply", "<p>Let me in</p>");
        refused.put("inReplyTo", server.url("/posts/" + post));
        FedifyPeer.Delivery reply = peer.create(authorActor, refused);
        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(tables.count(
                        "select count(*) from post_comment where uri = ?", peer.baseUrl() + "/notes/refused-reply"))
                .isZero();

        MastodonApi.Answer lifted = post("/api/v1/accounts/" + id + "/unblock");
        assertThat(lifted.status()).as(lifted.raw().body()).isEqualTo(200);
        assertThat(lifted.json().get("blocking").asBoolean()).isFalse();
        assertThat(get("/api/v1/blocks").json()).isEmpty();
    }

    @Test
    void muteHidesThePeersPostsFromHomeUntilUnmuted() {
        String id = followAccepted();
        String noteId = peer.baseUrl() + "/notes/muted-words";
        FedifyPeer.Delivery create = peer.create(authorActor, peer.note(noteId, "<p>Words to mute</p>"));
        assertThat(create.status()).as(create.body()).isLessThan(300);
        Eventually.await(() -> get("/api/v1/timelines/home").raw().body().contains(noteId));

        MastodonApi.Answer muted =
                http.postJson("/api/v1/accounts/" + id + "/mute", token, Map.of("notifications", false));
        assertThat(muted.status()).as(muted.raw().body()).isEqualTo(200);
        assertThat(muted.json().get("muting").asBoolean()).isTrue();
        assertThat(muted.json().get("muting_notifications").asBoolean()).isFalse();
        assertThat(muted.json().get("following").asBoolean()).isTrue();
        assertThat(get("/api/v1/timelines/home").raw().body()).doesNotContain(noteId);
        assertThat(ids(get("/api/v1/mutes").json())).containsExactly(id);
        MastodonApi.Answer again = http.postForm(
                "/api/v1/accounts/" + id + "/mute", token, Map.of("notifications", "true", "duration", "3600"));
        assertThat(again.json().get("muting_notifications").asBoolean()).isTrue();
        assertThat(tables.count("select count(*) from account_mute")).isEqualTo(1);

        MastodonApi.Answer unmuted = post("/api/v1/accounts/" + id + "/unmute");
        assertThat(unmuted.status()).as(unmuted.raw().body()).isEqualTo(200);
        assertThat(unmuted.json().get("muting").asBoolean()).isFalse();
        assertThat(get("/api/v1/timelines/home").raw().body()).contains(noteId);
        assertThat(get("/api/v1/mutes").json()).isEmpty();

        // A mute for a second ends by itself.
        http.postForm("/api/v1/accounts/" + id + "/mute", token, Map.of("duration", "1"));
        assertThat(relationship(id).get("muting").asBoolean()).isTrue();
        Eventually.await(() -> get("/api/v1/mutes").json().isEmpty());
        assertThat(get("/api/v1/timelines/home").raw().body()).contains(noteId);
        assertThat(relationship(id).get("muting").asBoolean()).isFalse();

        assertJsonError(http.postForm("/api/v1/accounts/" + id + "/mute", token, Map.of("duration", "-5")), 422);
        assertJsonError(post("/api/v1/accounts/" + me + "/mute"), 422);
        assertThat(post("/api/v1/accounts/" + id + "/unfollow").status()).isEqualTo(200);
    }

    @Test
    void muteWithNotificationsHidesThePeersNotificationsUntilUnmuted() {
        String id = peerId();
        String post = admin.compose("note", "publish", "body", "Like this, or do not");
        peer.like(authorActor, server.url("/posts/" + post));
        Eventually.await(
                () -> likedIn(get("/api/v1/notifications?account_id=" + id).json(), post));

        MastodonApi.Answer muted = http.postForm("/api/v1/accounts/" + id + "/mute", token, Map.of());
        assertThat(muted.status()).as(muted.raw().body()).isEqualTo(200);
        assertThat(muted.json().get("muting_notifications").asBoolean())
                .as("Mastodon mutes notifications unless told otherwise")
                .isTrue();
        assertThat(get("/api/v1/notifications?account_id=" + id).json()).isEmpty();
        assertThat(get("/api/v1/notifications").raw().body()).doesNotContain(peer.actorUrl());

        http.postForm("/api/v1/accounts/" + id + "/mute", token, Map.of("notifications", "0"));
        assertThat(likedIn(get("/api/v1/notifications?account_id=" + id).json(), post))
                .isTrue();

        assertThat(post("/api/v1/accounts/" + id + "/unmute").status()).isEqualTo(200);
        assertThat(likedIn(get("/api/v1/notifications").json(), post)).isTrue();
    }

    /** Whether the notifications hold the favourite of this post. */
    static boolean likedIn(JsonNode notifications, String post) {
        for (JsonNode n : notifications) {
            if ("favourite".equals(n.get("type").asText())
                    && post.equals(n.get("status").get("id").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void followRequestsWaitWhenTheBlogApprovesByHandAndAreAnsweredFromTheApp() {
        String id = peerId();
        WebClient.Page page = admin.get("/admin/followers");
        admin.postForm("/admin/followers/approval", WebClient.form("_csrf", page.csrf(), "manual", "on"));
        try {
            assertThat(get("/api/v1/accounts/verify_credentials")
                            .json()
                            .get("locked")
                            .asBoolean())
                    .isTrue();
            peer.follow(authorActor);
            Eventually.await(() -> get("/api/v1/follow_requests").json().size() == 1);
            assertThat(ids(get("/api/v1/follow_requests").json())).containsExactly(id);
            assertThat(relationship(id).get("requested_by").asBoolean()).isTrue();
            assertThat(relationship(id).get("followed_by").asBoolean()).isFalse();

            MastodonApi.Answer authorized = post("/api/v1/follow_requests/" + id + "/authorize");
            assertThat(authorized.status()).as(authorized.raw().body()).isEqualTo(200);
            assertThat(authorized.json().get("followed_by").asBoolean()).isTrue();
            assertThat(authorized.json().get("requested_by").asBoolean()).isFalse();
            peer.awaitReceived(a -> "Accept".equals(a.get("type").asText()), PATIENCE);
            assertThat(get("/api/v1/follow_requests").json()).isEmpty();
            assertJsonError(post("/api/v1/follow_requests/" + id + "/authorize"), 404);

            MastodonApi.Answer removed = post("/api/v1/accounts/" + id + "/remove_from_followers");
            assertThat(removed.status()).as(removed.raw().body()).isEqualTo(200);
            assertThat(removed.json().get("followed_by").asBoolean()).isFalse();
            peer.awaitReceived(a -> "Reject".equals(a.get("type").asText()), PATIENCE);
            assertThat(get("/api/v1/accounts/" + me + "/followers").json()).isEmpty();
        } finally {
            page = admin.get("/admin/followers");
            admin.postForm("/admin/followers/approval", WebClient.form("_csrf", page.csrf()));
        }
        assertThat(get("/api/v1/accounts/verify_credentials")
                        .json()
                        .get("locked")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void onlyAnAdminChangesBlocksForTheyApplyToTheWholeBlog() {
        String id = peerId();
        WebClient.Page page = admin.get("/admin/authors");
        WebClient.Page added = admin.postForm(
                "/admin/authors",
                WebClient.form(
                        "_csrf", page.csrf(),
                        "username", "ren",
                        "email", "ren@example.com",
                        "displayName", "Ren",
                        "password", "ren-password-1",
                        "role", "author"));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        String author = http.passwordToken(app, "ren", "ren-password-1", "read write follow");
        assertJsonError(http.postJson("/api/v1/accounts/" + id + "/block", author, Map.of()), 403);
        assertJsonError(http.postForm("/api/v1/domain_blocks", author, Map.of("domain", "spam.example")), 403);
        assertThat(http.get("/api/v1/blocks", author).json()).isEmpty();
        assertThat(tables.count("select count(*) from moderation_block")).isZero();
        MastodonApi.Answer muted = http.postJson("/api/v1/accounts/" + id + "/mute", author, Map.of());
        assertThat(muted.status()).as("a mute is the author's own").isEqualTo(200);
        assertThat(relationship(id).get("muting").asBoolean())
                .as("another author's mute is not the caller's")
                .isFalse();
        assertThat(http.postJson("/api/v1/accounts/" + id + "/unmute", author, Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void mastodonPyFindsFollowsMutesAndUnfollowsThePeer() {
        MastodonClients.requireMastodonPy();
        JsonNode run = MastodonClients.python("relations", server.baseUrl(), "kai", "kai-password-1", "@" + peer.acct())
                .ok()
                .json();
        String id = peerId();
        assertThat(run.get("acct").asText()).isEqualTo(peer.acct());
        assertThat(run.get("id").asText()).isEqualTo(id);
        assertThat(run.get("requested").asBoolean()).isTrue();
        assertThat(run.get("related").get(0).asText()).isEqualTo(id);
        assertThat(run.get("muting").asBoolean()).isTrue();
        assertThat(run.get("muting_notifications").asBoolean()).isFalse();
        assertThat(run.get("mutes").get(0).asText()).isEqualTo(id);
        assertThat(run.get("unmuted").asBoolean()).isFalse();
        assertThat(run.get("unfollowed").asBoolean()).isFalse();
        assertThat(run.get("searched").toString()).contains(id);
        peer.awaitReceived(a -> "Undo".equals(a.get("type").asText()), PATIENCE);
    }

    @Test
    void searchFindsTheBlogsPostsAndTagsAndAPeersPostByItsUrl() {
        String post = admin.compose("note", "publish", "body", "Homemade marmalade recipe", "tags", "marmalade");
        MastodonApi.Answer statuses = get("/api/v2/search?type=statuses&q=MARMALADE");
        assertThat(statuses.status()).as(statuses.raw().body()).isEqualTo(200);
        assertThat(ids(statuses.json().get("statuses"))).containsExactly(post);
        assertThat(statuses.json().get("accounts")).isEmpty();
        assertThat(ids(http.get("/api/v2/search?q=marmalade", null).json().get("statuses")))
                .containsExactly(post);
        JsonNode tags = get("/api/v2/search?type=hashtags&q=%23marm").json().get("hashtags");
        assertThat(tags).hasSize(1);
        assertThat(tags.get(0).get("name").asText()).isEqualTo("marmalade");
        assertThat(tags.get(0).get("url").asText()).startsWith(server.baseUrl());
        assertThat(ids(get("/api/v2/search?type=accounts&q=kai").json().get("accounts")))
                .containsExactly(me);

        String noteId = peer.reply(authorActor, server.url("/posts/" + post), "<p>Try it with ginger</p>", null);
        MastodonApi.Answer byUrl = get("/api/v2/search?resolve=true&q=" + MastodonApi.enc(noteId));
        assertThat(byUrl.status()).as(byUrl.raw().body()).isEqualTo(200);
        JsonNode found = byUrl.json().get("statuses");
        assertThat(found).as(byUrl.raw().body()).hasSize(1);
        assertThat(found.get(0).get("uri").asText()).isEqualTo(noteId);
        assertThat(found.get(0).get("content").asText()).contains("Try it with ginger");
        assertThat(found.get(0).get("account").get("acct").asText()).isEqualTo(peer.acct());
        String statusId = found.get(0).get("id").asText();
        assertThat(get("/api/v2/search?resolve=true&q=" + MastodonApi.enc(noteId))
                        .json()
                        .get("statuses")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(statusId);
        assertThat(get("/api/v1/statuses/" + statusId).status()).isEqualTo(200);
        MastodonApi.Answer nothing = get("/api/v2/search?resolve=true&q="
                + MastodonApi.enc("@nobody@" + peer.acct().substring(peer.acct().indexOf('@') + 1)));
        assertThat(nothing.status()).as(nothing.raw().body()).isEqualTo(200);
        assertThat(nothing.json().get("accounts")).isEmpty();
        assertJsonError(get("/api/v2/search"), 400);
        assertJsonError(get("/api/v2/search?q=x&type=people"), 400);
    }

    @Test
    void followRequestsAndDomainBlocksUseTheBlogsOwnLists() {
        MastodonApi.Answer requests = get("/api/v1/follow_requests");
        assertThat(requests.status()).as(requests.raw().body()).isEqualTo(200);
        assertThat(requests.json()).isEmpty();

        MastodonApi.Answer added = http.postForm("/api/v1/domain_blocks", token, Map.of("domain", "spam.example"));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
        assertThat(get("/api/v1/domain_blocks").json().toString()).isEqualTo("[\"spam.example\"]");
        assertThat(tables.count("select count(*) from moderation_block where target = 'spam.example'"))
                .isEqualTo(1);
        MastodonApi.Answer removed = http.method(
                "DELETE", "/api/v1/domain_blocks", token, "application/json", "{\"domain\":\"spam.example\"}");
        assertThat(removed.status()).as(removed.raw().body()).isEqualTo(200);
        assertThat(get("/api/v1/domain_blocks").json()).isEmpty();
        assertJsonError(http.postForm("/api/v1/domain_blocks", token, Map.of()), 422);
    }

    @Test
    void unknownIdsAreNotFoundAndEveryRouteWantsItsScope() {
        assertJsonError(post("/api/v1/accounts/987654321/follow"), 404);
        assertJsonError(post("/api/v1/accounts/not-an-id/mute"), 404);
        assertJsonError(post("/api/v1/accounts/987654321/block"), 404);
        assertJsonError(get("/api/v1/accounts/987654321/followers"), 404);
        assertJsonError(post("/api/v1/follow_requests/987654321/authorize"), 404);
        assertThat(get("/api/v1/accounts/relationships?id=987654321").json()).isEmpty();

        String readOnly = http.passwordToken(app, "kai", "kai-password-1", "read");
        assertJsonError(http.postJson("/api/v1/accounts/" + me + "/follow", readOnly, Map.of()), 403);
        assertJsonError(http.postJson("/api/v1/accounts/" + me + "/mute", readOnly, Map.of()), 403);
        assertJsonError(http.postJson("/api/v1/domain_blocks", readOnly, Map.of("domain", "x.example")), 403);
        String statusesOnly = http.passwordToken(app, "kai", "kai-password-1", "read:statuses");
        assertJsonError(http.get("/api/v1/accounts/relationships?id=" + me, statusesOnly), 403);
        assertJsonError(http.get("/api/v1/blocks", statusesOnly), 403);
        assertJsonError(http.get("/api/v1/mutes", statusesOnly), 403);
        assertJsonError(http.get("/api/v2/search?q=kai", statusesOnly), 403);
        assertJsonError(http.get("/api/v1/accounts/relationships?id=" + me, null), 401);
        String followScope = http.passwordToken(app, "kai", "kai-password-1", "follow");
        assertThat(http.get("/api/v1/blocks", followScope).status()).isEqualTo(200);

        // Following a fellow author of the blog sends nothing: they share the blog.
        MastodonApi.Answer self = post("/api/v1/accounts/" + me + "/follow");
        assertThat(self.status()).as(self.raw().body()).isEqualTo(200);
        assertThat(self.json().get("following").asBoolean()).isFalse();

        // Trailing slashes, and routes of other resources under the same paths still answer.
        assertThat(get("/api/v1/blocks/").status()).isEqualTo(200);
        assertThat(get("/api/v1/accounts/" + me + "/followers/").status()).isEqualTo(200);
        assertThat(get("/api/v1/accounts/" + me).status()).isEqualTo(200);
        assertThat(get("/api/v1/accounts/verify_credentials").status()).isEqualTo(200);
        assertThat(get("/api/v1/accounts/lookup?acct=kai").status()).isEqualTo(200);
        assertThat(get("/api/v1/instance").status()).isEqualTo(200);
        assertThat(get("/api/v1/bookmarks").status()).isEqualTo(200);
    }
}
