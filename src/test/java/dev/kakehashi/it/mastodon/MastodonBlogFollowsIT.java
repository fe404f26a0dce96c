package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An admin follows a real Fedify peer as the blog's actor from the admin's Following page; the
 * author "ren", who follows nobody, may then list that account and reads its posts in the list's
 * timeline, until the blog unfollows it.
 */
class MastodonBlogFollowsIT extends MastodonListsFixture {
    @Test
    void anAccountTheBlogFollowsFillsAnyAuthorsListUntilTheBlogUnfollowsIt() {
        String blogActor = server.url("/actors/blog");
        String list = http.postJson("/api/v1/lists", ren, Map.of("title", "Via the blog"))
                .json()
                .get("id")
                .asText();
        String members = "/api/v1/lists/" + list + "/accounts";
        // Neither ren nor the blog follows the peer yet.
        assertJsonError(http.postJson(members, ren, Map.of("account_ids", List.of(peerAccount))), 422);

        // The admin follows the peer as the blog.
        WebClient.Page page = admin.get("/admin/following");
        assertThat(page.html().select("input#as-blog[name=as][value=blog]")).hasSize(1);
        WebClient.Page followed = admin.postForm(
                "/admin/following", WebClient.form("_csrf", page.csrf(), "target", "@" + peer.acct(), "as", "blog"));
        assertThat(followed.status()).as(followed.body()).isEqualTo(303);
        JsonNode follow = peer.awaitReceived(
                a -> "Follow".equals(a.path("type").asText())
                        && blogActor.equals(a.path("actor").asText()),
                PATIENCE);
        assertThat(blogRow().attr("data-state")).isEqualTo("PENDING");
        assertThat(blogRow().text()).contains("@" + peer.acct()).contains("Waiting for approval");

        FedifyPeer.Delivery accepted = peer.send(
                blogActor,
                Map.of(
                        "type",
                        "Accept",
                        "object",
                        Map.of(
                                "type",
                                "Follow",
                                "id",
                                follow.path("id").asText(),
                                "actor",
                                blogActor,
                                "object",
                                peer.actorUrl())),
                FedifyPeer.Spec.RFC_9421);
        assertThat(accepted.status()).as(accepted.body()).isBetween(200, 299);
        Eventually.await(() -> "ACCEPTED".equals(blogRow().attr("data-state")));

        // ren now lists the peer, and the list's timeline shows what it posts.
        MastodonApi.Answer added = http.postJson(members, ren, Map.of("account_ids", List.of(peerAccount)));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
        assertThat(field(get(members, ren).json(), "id")).containsExactly(peerAccount);
        String note = peerPosts("<p>Read through the blog's follow</p>");
        String timeline = "/api/v1/timelines/list/" + list;
        Eventually.await(() -> uris(timeline, ren).contains(note));

        // An author who is not an admin may not act as the blog.
        WebClient author = new WebClient(server).logIn("ren", "ren-password-1");
        WebClient.Page theirs = author.get("/admin/following");
        assertThat(theirs.html().select("input#as-blog")).isEmpty();
        assertThat(theirs.html().select(".blog-following-row")).isEmpty();
        WebClient.Page refused = author.postForm(
                "/admin/following/unfollow",
                WebClient.form("_csrf", theirs.csrf(), "actor", peer.actorUrl(), "as", "blog"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(blogRow()).isNotNull();

        // The admin unfollows as the blog: the peer gets the Undo, and the list no longer reads it.
        WebClient.Page again = admin.get("/admin/following");
        WebClient.Page gone = admin.postForm(
                "/admin/following/unfollow",
                WebClient.form("_csrf", again.csrf(), "actor", peer.actorUrl(), "as", "blog"));
        assertThat(gone.status()).as(gone.body()).isEqualTo(303);
        peer.awaitReceived(
                a -> "Undo".equals(a.path("type").asText())
                        && blogActor.equals(a.path("actor").asText()),
                PATIENCE);
        assertThat(blogRow()).isNull();
        assertThat(uris(timeline, ren)).doesNotContain(note);
        assertThat(get(members, ren).json()).isEmpty();
        // mio still follows the peer as themself.
        assertThat(admin.get("/admin/following")
                        .html()
                        .selectFirst(".following-row[data-actor=\"" + peer.actorUrl() + "\"]"))
                .isNotNull();
    }

    private static Element blogRow() {
        return admin.get("/admin/following")
                .html()
                .selectFirst(".blog-following-row[data-actor=\"" + peer.actorUrl() + "\"]");
    }
}
