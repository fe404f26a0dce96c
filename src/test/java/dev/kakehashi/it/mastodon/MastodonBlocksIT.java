package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An author's app blocks and mutes a real Fedify peer, and reads the block and mute lists.
 */
class MastodonBlocksIT extends MastodonAccountsFixture {
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
}
