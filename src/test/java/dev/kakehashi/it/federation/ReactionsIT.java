package dev.kakehashi.it.federation;

import static dev.kakehashi.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.WebClient;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Peers deliver signed likes, boosts and emoji reactions, shaped as their servers send them (the
 * fixtures, with our addresses and theirs put in): the post page shows the counts and who reacted,
 * the author finds them on the notifications page, and Undo removes them.
 */
class ReactionsIT extends ReactionsFixture {
    @Test
    void likesBoostsAndEmojiReactionsShowOnThePostPageWithWhoReacted() throws Exception {
        String post = ina.compose("note", "publish", "body", "React to me");
        Delivery d = new Delivery(post);
        d.send("mastodon.example", "like");
        d.send("pleroma.example", "like");
        d.send("mastodon.example", "announce");
        d.send("misskey.example", "like-emoji");
        d.send("misskey.example", "like-unicode");
        d.send("pleroma.example", "emoji-react");
        await(() -> reactions(post) == 6);

        Document page = ina.get("/posts/" + post).html();
        assertThat(page.selectFirst(".likes-count").text()).isEqualTo("2");
        assertThat(page.selectFirst(".boosts-count").text()).isEqualTo("1");
        Element alice = page.selectFirst(".reaction-boosts .reactor a");
        assertThat(alice.attr("href")).isEqualTo(peer.remote.origin() + "/@alice");
        assertThat(alice.selectFirst("img").attr("src")).isEqualTo(peer.remote.origin() + "/avatars/alice.png");
        assertThat(page.select(".reaction-likes .reactor a").eachAttr("href"))
                .containsExactlyInAnyOrder(peer.remote.origin() + "/@alice", peer.actorId("carol"));
        assertThat(page.select(".emoji-reaction").eachText()).containsExactlyInAnyOrder(":blobcat: 1", "🎉 1", "🔥 1");

        // The same Like again, and a second Like by alice with a new id: still one like each.
        d.send("mastodon.example", "like");
        ObjectNode again = d.json("mastodon.example", "like");
        again.put("id", again.path("id").asText() + "-again");
        d.post("alice", again);
        await(() -> "PROCESSED".equals(state(again.path("id").asText())));
        assertThat(reactions(post)).isEqualTo(6);
        assertThat(ina.get("/posts/" + post).html().selectFirst(".likes-count").text())
                .isEqualTo("2");
    }

    @Test
    void theAuthorSeesLikesAndBoostsOnTheNotificationsPageAndMarksThemRead() throws Exception {
        AdminPages.addAuthor(ina, "bo", "author", "bo-password-12");
        WebClient bo = new WebClient(server).logIn("bo", "bo-password-12");
        String post = bo.compose("note", "publish", "body", "Bo writes");
        Delivery d = new Delivery(post);
        d.send("mastodon.example", "like");
        d.send("pleroma.example", "announce");
        d.send("misskey.example", "like-unicode");
        await(() -> reactions(post) == 3);

        WebClient.Page page = bo.get("/admin/notifications");
        Document html = page.html();
        assertThat(html.selectFirst(".nav-notifications .unread-count").text()).isEqualTo("3");
        assertThat(html.select(".notification .what").eachText())
                .containsExactlyInAnyOrder("liked", "boosted", "reacted with 🎉 to");
        Element like = html.select(".notification").stream()
                .filter(n -> n.selectFirst(".what").text().equals("liked"))
                .findFirst()
                .orElseThrow();
        assertThat(like.selectFirst(".who strong").text()).isEqualTo("Alice Liddell");
        assertThat(like.selectFirst(".who").attr("href")).isEqualTo(peer.remote.origin() + "/@alice");
        assertThat(like.selectFirst(".who img").attr("src")).isEqualTo(peer.remote.origin() + "/avatars/alice.png");
        assertThat(like.selectFirst("a.post").attr("href")).isEqualTo(server.url("/posts/" + post));
        assertThat(like.selectFirst("a.post").text()).isEqualTo("Bo writes");
        assertThat(like.select("time").attr("datetime")).isNotBlank();
        // ina (an admin) is not told about bo's post.
        assertThat(ina.get("/admin/notifications")
                        .html()
                        .select(".notification a.post")
                        .eachAttr("href"))
                .doesNotContain(server.url("/posts/" + post));

        WebClient.Page read = bo.postForm("/admin/notifications/read", WebClient.form("_csrf", page.csrf()));
        assertThat(read.status()).isEqualTo(303);
        Document after = bo.get("/admin/notifications").html();
        assertThat(after.select(".nav-notifications .unread-count")).isEmpty();
        assertThat(after.select(".notification")).hasSize(3);
        assertThat(after.select(".notification.unread")).isEmpty();
    }

    @Test
    void undoRemovesLikesBoostsAndEmojiReactionsEmbeddedOrByReference() throws Exception {
        String post = ina.compose("note", "publish", "body", "Undo me");
        Delivery d = new Delivery(post);
        d.send("mastodon.example", "like");
        d.send("mastodon.example", "announce");
        d.send("pleroma.example", "announce");
        d.send("misskey.example", "like-emoji");
        await(() -> reactions(post) == 4);
        assertThat(notifications(post)).isEqualTo(4);
        assertThat(ina.get("/posts/" + post).html().selectFirst(".boosts-count").text())
                .isEqualTo("2");

        d.send("mastodon.example", "undo-like");
        d.send("mastodon.example", "undo-announce");
        d.send("pleroma.example", "undo-announce");
        d.send("misskey.example", "undo-like");
        await(() -> reactions(post) == 0);
        assertThat(notifications(post)).isZero();
        assertThat(ina.get("/posts/" + post).html().select(".reactions")).isEmpty();
    }

    @Test
    void nobodyCanUndoSomeoneElsesLike() throws Exception {
        String post = ina.compose("note", "publish", "body", "Mine to like");
        Delivery d = new Delivery(post);
        d.send("mastodon.example", "like");
        await(() -> reactions(post) == 1);
        ObjectNode forged = d.json("mastodon.example", "undo-like");
        forged.put("actor", peer.actorId("mallory"));
        forged.put("id", forged.path("id").asText() + "-forged");
        d.post("mallory", forged);
        await(() -> "REJECTED".equals(state(forged.path("id").asText())));
        ObjectNode byReference = d.json("mastodon.example", "undo-like");
        byReference.put("actor", peer.actorId("mallory"));
        byReference.put("id", byReference.path("id").asText() + "-ref");
        byReference.set("object", byReference.path("object").path("id"));
        d.post("mallory", byReference);
        await(() -> "PROCESSED".equals(state(byReference.path("id").asText())));
        assertThat(reactions(post)).isEqualTo(1);
    }

    @Test
    void anUndoEmbeddingALikeWithoutItsIdIsMatchedByActorAndPost() throws Exception {
        String post = ina.compose("note", "publish", "body", "Undo without id");
        Delivery d = new Delivery(post);
        d.send("pleroma.example", "emoji-react");
        await(() -> reactions(post) == 1);
        ObjectNode undo = d.json("pleroma.example", "undo-announce");
        undo.set("object", d.json("pleroma.example", "emoji-react").without(List.of("id", "@context")));
        d.post("carol", undo);
        await(() -> reactions(post) == 0);
    }

    @Test
    void aLikeOfAPostThatDoesNotExistIsRejectedAndStoresNothing() throws Exception {
        String draft = ina.compose("note", "draft", "body", "Not yet");
        String deleted = ina.compose("note", "publish", "body", "Soon gone");
        var edit = ina.get("/admin/posts/" + deleted + "/edit");
        assertThat(ina.postForm("/admin/posts/" + deleted + "/delete", WebClient.form("_csrf", edit.csrf()))
                        .status())
                .isEqualTo(303);
        long before = tables.count("select count(*) from reaction");
        for (String target : new String[] {"999999", draft, deleted}) {
            Delivery d = new Delivery(target);
            ObjectNode like = d.json("mastodon.example", "like");
            assertThat(d.post("alice", like).statusCode()).isEqualTo(202);
            String id = like.path("id").asText();
            await(() -> "REJECTED".equals(state(id)));
            assertThat(tables.text("select last_error from inbox_activity where activity_id = ?", id))
                    .startsWith("no such post");
        }
        // A boost of someone else's post (by an account we may follow) is acknowledged and ignored.
        Delivery remote = new Delivery("1");
        ObjectNode announce = remote.json("mastodon.example", "announce");
        announce.put("object", peer.remote.origin() + "/users/dave/statuses/1");
        remote.post("alice", announce);
        await(() -> "PROCESSED".equals(state(announce.path("id").asText())));
        assertThat(tables.count("select count(*) from reaction")).isEqualTo(before);
        assertThat(tables.count(
                        "select count(*) from notification where kind in ('LIKE', 'BOOST')"
                                + " and post_id = cast(? as bigint)",
                        deleted))
                .isZero();
    }
}
