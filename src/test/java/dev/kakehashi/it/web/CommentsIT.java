package dev.kakehashi.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.service.content.XssVectors;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A remote server delivers signed replies to the blog: they appear as threaded comments on the
 * public post page with the author's name, avatar and links, content warning and attachments;
 * edits and deletions follow; bad replies are refused with nothing stored.
 */
class CommentsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER = "text/html,application/xhtml+xml";
    private static final AtomicInteger SEQ = new AtomicInteger();
    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static WebClient admin;
    static ApJsonClient ap;
    static URI inbox;
    static String blogActor;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Comments IT", "kiko", "kiko-password-1");
        // About how replies show, not about moderation (ModeratedRepliesIT): publish them at once.
        AdminPages.publishCommentsAtOnce(admin);
        ap = new ApJsonClient(server);
        inbox = URI.create(server.url("/inbox"));
        blogActor = server.url("/actors/blog");
        peer = new SigningPeer();
        for (String name : new String[] {"alice", "bob", "carol", "dave", "erin", "xss"}) {
            String display = name.substring(0, 1).toUpperCase() + name.substring(1) + " Example";
            peer.actor(name, doc -> {
                doc.put("name", display);
                doc.put("url", peer.remote.origin() + "/@" + name);
                doc.putObject("icon")
                        .put("type", "Image")
                        .put("mediaType", "image/png")
                        .put("url", peer.remote.origin() + "/avatars/" + name + ".png");
            });
        }
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static String newNote(String text) {
        return admin.compose("note", "publish", "body", text);
    }

    /** A reply by {@code who} to {@code parent}, addressed to the blog as Mastodon does. */
    static ObjectNode reply(String who, String parent, String html) {
        String id = peer.actorId(who) + "/statuses/" + SEQ.incrementAndGet();
        ObjectNode object = JSON.createObjectNode();
        object.put("id", id);
        object.put("type", "Note");
        object.put("attributedTo", peer.actorId(who));
        object.put("inReplyTo", parent);
        object.put("content", html);
        object.put("published", "2026-06-01T10:00:" + String.format("%02d", SEQ.get() % 60) + "Z");
        object.put("url", peer.remote.origin() + "/@" + who + "/" + SEQ.get());
        object.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        object.putArray("cc").add(peer.actorId(who) + "/followers").add(blogActor);
        return object;
    }

    static ObjectNode activity(String type, String who, JsonNode object) {
        ObjectNode a = JSON.createObjectNode();
        a.put("@context", "https://www.w3.org/ns/activitystreams");
        a.put(
                "id",
                object.path("id").asText(peer.actorId(who) + "/x/" + SEQ.incrementAndGet()) + "/" + type.toLowerCase()
                        + "/" + SEQ.incrementAndGet());
        a.put("type", type);
        a.put("actor", peer.actorId(who));
        a.set("object", object);
        return a;
    }

    static void send(String type, String who, JsonNode object) {
        SigningPeer.Answer answer = peer.post(inbox, activity(type, who, object).toString(), peer.mainKey(who));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    static Document page(String path) {
        WebClient.Page page = new WebClient(server).get(path, BROWSER);
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    static Elements comments(String path) {
        return page(path).select("#comments li.comment");
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Eventually.await(condition);
    }

    @Test
    void aSignedReplyAppearsOnThePostPageWithAuthorAvatarLinksWarningAndAttachment() throws Exception {
        String post = newNote("What do you think happened?");
        ObjectNode note = reply("alice", server.url("/posts/" + post), "<p>The butler did it!</p>");
        note.put("summary", "Spoilers for chapter 3").put("sensitive", true);
        note.putArray("attachment")
                .addObject()
                .put("type", "Document")
                .put("mediaType", "image/jpeg")
                .put("url", peer.remote.origin() + "/media/butler.jpeg")
                .put("name", "A butler with a candlestick");
        send("Create", "alice", note);
        await(() -> comments("/posts/" + post).size() == 1);

        Document doc = page("/posts/" + post);
        assertThat(doc.select(".comment-count").text()).isEqualTo("1");
        Element c = doc.selectFirst("#comments li.comment");
        assertThat(c.select(".comment-author .p-name").text()).isEqualTo("Alice Example");
        assertThat(c.select(".comment-author").attr("href")).isEqualTo(peer.remote.origin() + "/@alice");
        assertThat(c.select("img.avatar").attr("src")).isEqualTo(peer.remote.origin() + "/avatars/alice.png");
        assertThat(c.select(".comment-handle").text()).isEqualTo("@alice@" + peer.remote.authority());
        assertThat(c.select("a.comment-permalink").attr("href"))
                .isEqualTo(note.path("url").asText());
        Element warning = c.selectFirst("details.content-warning");
        assertThat(warning).isNotNull();
        assertThat(warning.hasAttr("open")).isFalse();
        assertThat(warning.selectFirst("summary").text()).isEqualTo("Spoilers for chapter 3");
        assertThat(warning.select(".comment-content").text()).isEqualTo("The butler did it!");
        assertThat(warning.select(".comment-attachments img").attr("src"))
                .isEqualTo(peer.remote.origin() + "/media/butler.jpeg");
        assertThat(warning.select(".comment-attachments img").attr("alt")).isEqualTo("A butler with a candlestick");
    }

    @Test
    void anUpdateEditsTheCommentAndADeleteRemovesIt() throws Exception {
        String post = newNote("Edit me");
        ObjectNode note = reply("bob", server.url("/posts/" + post), "<p>first words</p>");
        send("Create", "bob", note);
        await(() -> comments("/posts/" + post).text().contains("first words"));

        note.put("content", "<p>second thoughts</p>").put("updated", "2026-06-01T12:00:00Z");
        send("Update", "bob", note);
        await(() -> comments("/posts/" + post).text().contains("second thoughts"));
        assertThat(comments("/posts/" + post).select(".edited")).hasSize(1);

        ObjectNode tombstone =
                JSON.createObjectNode().put("id", note.path("id").asText()).put("type", "Tombstone");
        send("Delete", "bob", tombstone);
        await(() -> comments("/posts/" + post).isEmpty());
        assertThat(page("/posts/" + post).select(".comment-count").text()).isEqualTo("0");
    }

    @Test
    void aReplyToAReplyToAReplyKeepsTheThread() throws Exception {
        String post = newNote("Thread me");
        ObjectNode first = reply("alice", server.url("/posts/" + post), "<p>level zero</p>");
        send("Create", "alice", first);
        ObjectNode second = reply("bob", first.path("id").asText(), "<p>level one</p>");
        await(() -> comments("/posts/" + post).size() == 1);
        send("Create", "bob", second);
        await(() -> comments("/posts/" + post).size() == 2);
        ObjectNode third = reply("carol", second.path("id").asText(), "<p>level two</p>");
        send("Create", "carol", third);
        await(() -> comments("/posts/" + post).size() == 3);

        Elements shown = comments("/posts/" + post);
        assertThat(shown.eachText()).allMatch(t -> t.contains("level"));
        assertThat(shown.get(0).text()).contains("level zero");
        assertThat(shown.get(1).hasClass("indent-1")).isTrue();
        assertThat(shown.get(1).text()).contains("Bob Example", "level one");
        assertThat(shown.get(2).hasClass("indent-2")).isTrue();
        assertThat(shown.get(2).text()).contains("Carol Example", "level two");
    }

    @Test
    void aMissingParentIsFetchedAndTheReplyThreadsUnderIt() throws Exception {
        String post = newNote("Fetch my parents");
        // Dave's reply never reached us; only Erin's answer to it does.
        ObjectNode dave = reply("dave", server.url("/posts/" + post), "<p>the lost parent</p>");
        dave.put("@context", "https://www.w3.org/ns/activitystreams");
        String davePath = URI.create(dave.path("id").asText()).getPath();
        peer.remote.serve(davePath, 200, FakeRemote.ACTIVITY_JSON, dave.toString());
        ObjectNode erin = reply("erin", dave.path("id").asText(), "<p>answering dave</p>");
        send("Create", "erin", erin);
        await(() -> comments("/posts/" + post).size() == 2);

        Elements shown = comments("/posts/" + post);
        assertThat(shown.get(0).text()).contains("Dave Example", "the lost parent");
        assertThat(shown.get(1).hasClass("indent-1")).isTrue();
        assertThat(shown.get(1).text()).contains("Erin Example", "answering dave");
    }

    @Test
    void aThreadAThousandRepliesDeepRendersWithIndentationCapped() throws Exception {
        String post = newNote("Deep thread");
        // Stored directly: the chain arriving reply by reply is CommentHandlersIT's test; this one is the page's.
        try (var c = tables.connect();
                var insert = c.prepareStatement("insert into post_comment (id, post_id, parent_id, depth, uri,"
                        + " actor_uri, actor_host, content_html, sensitive, status, published, received_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, false, 'PUBLISHED', ?, ?)")) {
            long base = 9_000_000_000L;
            var at = java.sql.Timestamp.from(java.time.Instant.parse("2026-06-01T10:00:00Z"));
            for (int i = 0; i < 1000; i++) {
                insert.setLong(1, base + i);
                insert.setLong(2, Long.parseLong(post));
                if (i == 0) {
                    insert.setNull(3, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(3, base + i - 1);
                }
                insert.setInt(4, i);
                insert.setString(5, peer.actorId("alice") + "/deep/" + i);
                insert.setString(6, peer.actorId("alice"));
                insert.setString(7, peer.remote.authority());
                insert.setString(8, "<p>depth " + i + "</p>");
                insert.setTimestamp(9, at);
                insert.setTimestamp(10, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long started = System.nanoTime();
        Document doc = page("/posts/" + post);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Elements shown = doc.select("#comments li.comment");
        assertThat(shown).hasSize(1000);
        assertThat(doc.select(".comment-count").text()).isEqualTo("1000");
        assertThat(shown.get(999).text()).contains("depth 999");
        // Shown flat at the cap, it names whom it answers.
        assertThat(shown.get(999).select(".in-reply-to").text())
                .isEqualTo("in reply to " + shown.get(998).select(".p-name").text());
        assertThat(shown.get(999).hasClass("indent-5")).isTrue();
        assertThat(doc.select("#comments li.indent-6")).isEmpty();
        long again = System.nanoTime();
        assertThat(page("/posts/" + post).select("#comments li.comment")).hasSize(1000);
        System.out.println("A page with 1000 nested comments rendered in " + millis + " ms, then in "
                + (System.nanoTime() - again) / 1_000_000 + " ms");
    }

    @Test
    void aReplyAttributedToSomeoneElseIsRefusedAtOnceAndNothingIsStored() {
        String post = newNote("Who wrote this?");
        long inboxRows = tables.count("select count(*) from inbox_activity");
        long stored = tables.count("select count(*) from post_comment");
        ObjectNode forged = reply("bob", server.url("/posts/" + post), "<p>words put in bob's mouth</p>");
        SigningPeer.Answer answer =
                peer.post(inbox, activity("Create", "alice", forged).toString(), peer.mainKey("alice"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.body()).contains("not attributed to the activity's actor");
        assertThat(tables.count("select count(*) from inbox_activity")).isEqualTo(inboxRows);
        assertThat(tables.count("select count(*) from post_comment")).isEqualTo(stored);
    }

    @Test
    void aPayloadNestedMoreThanAThousandLevelsIsRefusedWith400() {
        String post = newNote("Deep");
        long inboxRows = tables.count("select count(*) from inbox_activity");
        ObjectNode note = reply("alice", server.url("/posts/" + post), "<p>deep</p>");
        String deep = "[".repeat(1200) + "]".repeat(1200);
        String body = activity("Create", "alice", note)
                .toString()
                .replaceFirst("\"type\":\"Create\"", "\"type\":\"Create\",\"tag\":" + deep);
        SigningPeer.Answer answer = peer.post(inbox, body, peer.mainKey("alice"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("nested too deeply");
        assertThat(tables.count("select count(*) from inbox_activity")).isEqualTo(inboxRows);
    }

    @Test
    void knownXssVectorsInRepliesNeverReachThePage() throws Exception {
        String post = newNote("Attack me");
        List<String> vectors = XssVectors.all();
        for (String attack : vectors) {
            ObjectNode note = reply("xss", server.url("/posts/" + post), "<p>before</p>" + attack + "<p>after</p>");
            note.put("summary", attack);
            ArrayNode media = note.putArray("attachment");
            media.addObject().put("type", "Image").put("url", "javascript:alert(1)");
            send("Create", "xss", note);
        }
        await(() -> comments("/posts/" + post).size() == vectors.size());
        for (Element e : page("/posts/" + post).select("#comments li.comment *")) {
            XssVectors.assertHarmless(e, "a reply on the page");
        }
        assertThat(page("/posts/" + post).select("#comments .comment-content").eachText())
                .allMatch(t -> t.startsWith("before") && t.endsWith("after"));
    }

    @Test
    void thePostObjectCarriesItsRepliesCollectionAndItsPagesAreServed() throws Exception {
        String post = newNote("Collect my replies");
        ObjectNode note = reply("carol", server.url("/posts/" + post), "<p>collected</p>");
        send("Create", "carol", note);
        await(() -> comments("/posts/" + post).size() == 1);

        JsonNode object = ap.json("/posts/" + post);
        JsonNode replies = object.path("replies");
        assertThat(replies.path("id").asText()).isEqualTo(server.url("/posts/" + post + "/replies"));
        assertThat(replies.path("type").asText()).isEqualTo("Collection");
        assertThat(replies.path("first").path("type").asText()).isEqualTo("CollectionPage");
        assertThat(replies.path("first").path("items").get(0).asText())
                .isEqualTo(note.path("id").asText());

        JsonNode collection = ap.json("/posts/" + post + "/replies");
        assertThat(collection.path("totalItems").asLong()).isEqualTo(1);
        JsonNode first = ap.json("/posts/" + post + "/replies?page=1");
        assertThat(first.path("partOf").asText()).isEqualTo(server.url("/posts/" + post + "/replies"));
        assertThat(first.path("items")).hasSize(1);
        assertThat(ap.get("/posts/999999/replies").status()).isEqualTo(404);
        assertThat(ap.get("/posts/" + post + "/replies?page=x").status()).isEqualTo(400);
    }

    @Test
    void aReplyToAnArticleShowsInTheDefaultAndTheMinimalTheme() throws Exception {
        admin.compose("article", "publish", "title", "On bridges", "slug", "on-bridges", "body", "Bridges.");
        ObjectNode note = reply("dave", server.url("/articles/on-bridges"), "<p>about bridges</p>");
        send("Create", "dave", note);
        await(() -> comments("/articles/on-bridges").size() == 1);
        try {
            setTheme("minimal");
            Elements shown = comments("/articles/on-bridges");
            assertThat(page("/articles/on-bridges").select("body.minimal")).hasSize(1);
            assertThat(shown.text()).contains("Dave Example", "about bridges");
        } finally {
            setTheme("default");
        }
    }

    private static void setTheme(String theme) {
        WebClient.Page form = admin.get("/admin/settings");
        var saved = admin.postForm(
                "/admin/settings",
                WebClient.form(
                        "_csrf", form.csrf(),
                        "title", "Comments IT",
                        "description", "",
                        "language", "en",
                        "theme", theme));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
    }
}
