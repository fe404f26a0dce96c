package dev.kakehashi.it;

import static dev.kakehashi.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kakehashi.federation.remote.FakeRemote;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Peers deliver signed likes, boosts, emoji reactions, quotes and mentions, shaped as their servers
 * send them (the fixtures, with our addresses and theirs put in): the post page shows the counts and
 * who reacted, the authors concerned find them on their notifications page, and Undo removes them.
 */
class ReactionsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TOKENS = new AtomicInteger();
    /** The fixtures' actor names on the peer, by fixture host. */
    private static final Map<String, String> ACTORS = Map.of(
            "mastodon.example", "alice",
            "misskey.example", "9f3k2l1m0a",
            "pleroma.example", "carol",
            "gts.example", "dave",
            "wp.example", "wp",
            "fedify.example", "erin");

    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static WebClient ina;
    static String inaId;
    static URI inbox;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        ina = new WebClient(server).setUpAndLogIn("Reactions IT", "ina", "ina-password-1");
        inaId = tables.text("select id from account where username = ?", "ina");
        inbox = URI.create(server.url("/inbox"));
        peer = new SigningPeer();
        peer.actor("alice", doc -> {
            doc.put("name", "Alice Liddell");
            doc.put("url", peer.remote.origin() + "/@alice");
            doc.putObject("icon").put("type", "Image").put("url", peer.remote.origin() + "/avatars/alice.png");
        });
        for (String name : new String[] {"9f3k2l1m0a", "carol", "dave", "wp", "erin", "mallory"}) {
            peer.actor(name);
        }
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

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
    void aReplyToOurPostIsNotAlsoCountedAsAMention() throws Exception {
        String post = ina.compose("note", "publish", "body", "Reply to me");
        Delivery d = new Delivery(post);
        ObjectNode reply = d.json("mastodon.example", "create-mention");
        ((ObjectNode) reply.get("object")).put("inReplyTo", server.url("/posts/" + post));
        d.post("alice", reply);
        String id = reply.path("id").asText();
        await(() -> state(id) != null && !"RECEIVED".equals(state(id)));
        assertThat(tables.count(
                        "select count(*) from reaction where kind = 'MENTION' and activity_uri like ?",
                        reply.path("object").path("id").asText() + "%"))
                .isZero();
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

    @Test
    void quotesFromMastodonMisskeyAndFedifyAreListedAsMentionedIn() throws Exception {
        String post = ina.compose("note", "publish", "body", "Quote me");
        String article = ina.compose(
                "article", "publish", "title", "Hello world", "slug", "hello-world", "body", "Worth quoting.");
        Delivery d = new Delivery(post);
        d.send("mastodon.example", "create-quote");
        d.send("misskey.example", "create-quote");
        d.send("fedify.example", "create-quote");
        await(() -> reactions(post) == 2 && reactions(article) == 1);

        Document page = ina.get("/posts/" + post).html();
        assertThat(page.select(".mentioned-in a.quote-link").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        d.remote("https://mastodon.example/@alice/113000000000000060"),
                        d.remote("https://fedify.example/@erin/0195b1a8-quote"));
        assertThat(page.select(".mentioned-in a.quote-author").eachText()).contains("Alice Liddell");
        Document articlePage = ina.get("/articles/hello-world").html();
        assertThat(articlePage.select(".mentioned-in a.quote-link").eachAttr("href"))
                .containsExactly(d.remote("https://misskey.example/notes/9f3k2n0060"));
        assertThat(ina.get("/admin/notifications")
                        .html()
                        .select(".notification[data-kind=QUOTE] a.link")
                        .eachAttr("href"))
                .contains(d.remote("https://mastodon.example/@alice/113000000000000060"));

        // Alice deletes her quoting post: it is no longer listed.
        ObjectNode delete = JSON.createObjectNode();
        delete.put("id", d.remote("https://mastodon.example/users/alice/statuses/113000000000000060#delete"));
        delete.put("type", "Delete");
        delete.put("actor", peer.actorId("alice"));
        delete.putObject("object")
                .put("id", d.remote("https://mastodon.example/users/alice/statuses/113000000000000060"))
                .put("type", "Tombstone");
        peer.post(inbox, delete.toString(), peer.mainKey("alice"));
        await(() -> reactions(post) == 1);
        assertThat(ina.get("/posts/" + post).html().select(".mentioned-in li")).hasSize(1);
    }

    @Test
    void mentionsFromEveryServerNotifyTheMentionedAuthorAndTheAdminsForTheBlog() throws Exception {
        Delivery d = new Delivery("1");
        long before = mentions();
        d.send("mastodon.example", "create-mention");
        d.send("misskey.example", "create-mention");
        d.send("pleroma.example", "create-mention");
        d.send("gts.example", "create-mention");
        d.send("wp.example", "create-mention");
        // Pleroma's note names ina and the blog: ina (an admin) is told once.
        await(() -> mentions() == before + 5);
        assertThat(tables.count("select count(*) from reaction where kind = 'MENTION' and local_actor = 'blog'"))
                .isEqualTo(2);

        Document page = ina.get("/admin/notifications").html();
        List<String> links =
                page.select(".notification[data-kind=MENTION] a.link").eachAttr("href");
        assertThat(links)
                .contains(
                        d.remote("https://mastodon.example/@alice/113000000000000070"),
                        d.remote("https://misskey.example/notes/9f3k2n0070"),
                        d.remote("https://gts.example/@dave/statuses/01HZX4MENT"),
                        d.remote("https://wp.example/2026/06/01/thanks/"));
        assertThat(page.select(".notification[data-kind=MENTION] .what").eachText())
                .allMatch("mentioned you"::equals);
    }

    static void useTheme(String theme) {
        var settings = ina.get("/admin/settings");
        var saved = ina.postForm(
                "/admin/settings",
                WebClient.form(
                        "_csrf", settings.csrf(),
                        "title", "Reactions IT",
                        "description", "",
                        "language", "en",
                        "theme", theme));
        assertThat(saved.status()).isEqualTo(303);
    }

    long reactions(String post) {
        return tables.count("select count(*) from reaction where post_id = cast(? as bigint)", post);
    }

    long notifications(String post) {
        return tables.count("select count(*) from notification where post_id = cast(? as bigint)", post);
    }

    long mentions() {
        return tables.count(
                "select count(*) from notification where kind = 'MENTION' and account_id = cast(? as bigint)", inaId);
    }

    static String state(String activityId) {
        return tables.text("select state from inbox_activity where activity_id = ?", activityId);
    }

    /**
     * One test's deliveries: fixture addresses become ours (the post, ina's actor, the blog) and the
     * peer's, and each of the peer's ids gets a token of its own, so every test's activities are new.
     */
    static final class Delivery {
        final String post;
        final String token = "t" + TOKENS.incrementAndGet();

        Delivery(String post) {
            this.post = post;
        }

        ObjectNode json(String host, String name) {
            String text = FakeRemote.read(host + "/activities/" + name + ".json")
                    .replace("https://blog.example/posts/1000", server.url("/posts/" + post))
                    .replace("https://blog.example/actors/12", server.url("/actors/" + inaId))
                    .replace("https://blog.example", server.baseUrl())
                    .replace("https://wp.example/?author=0", peer.actorId("wp"));
            for (String fixtureHost : ACTORS.keySet()) {
                text = text.replace("https://" + fixtureHost, peer.remote.origin());
            }
            try {
                return (ObjectNode) tokenize(JSON.readTree(text));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A fixture's address on the peer, with this test's token. */
        String remote(String fixtureUrl) {
            String host = URI.create(fixtureUrl).getHost();
            return fixtureUrl.replace("https://" + host, peer.remote.origin()) + "-" + token;
        }

        void send(String host, String name) {
            SigningPeer.Answer answer = post(ACTORS.get(host), json(host, name));
            assertThat(answer.statusCode())
                    .as(host + " " + name + ": " + answer.body())
                    .isEqualTo(202);
        }

        SigningPeer.Answer post(String actor, ObjectNode activity) {
            return peer.post(inbox, activity.toString(), peer.mainKey(actor));
        }

        private JsonNode tokenize(JsonNode node) {
            Set<String> actors =
                    Set.copyOf(ACTORS.values().stream().map(peer::actorId).toList());
            if (node.isTextual()) {
                String s = node.asText();
                return s.startsWith(peer.remote.origin()) && !actors.contains(s) ? new TextNode(s + "-" + token) : node;
            }
            if (node instanceof ObjectNode o) {
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    var e = it.next();
                    if (!e.getKey().equals("@context")) {
                        e.setValue(tokenize(e.getValue()));
                    }
                }
            } else if (node instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    a.set(i, tokenize(a.get(i)));
                }
            }
            return node;
        }
    }
}
