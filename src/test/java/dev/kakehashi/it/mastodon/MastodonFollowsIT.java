package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An author's app finds a real Fedify peer by its handle, follows it (requested until the peer's
 * Accept), unfollows it, answers follow requests, and every route wants its scope.
 */
class MastodonFollowsIT extends MastodonAccountsFixture {
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
