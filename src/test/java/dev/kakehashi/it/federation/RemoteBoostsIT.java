package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.Resources;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boosts by accounts an author follows, in each shape servers send them: an Announce of an object
 * id (Mastodon), of an embedded object (Misskey, Pleroma), of an embedded Create (the WordPress
 * plugin's blog actor, group actors). The reader shows each as "X boosted"; forged objects and
 * boosts by strangers are dropped without a trace; an Undo takes a boost back.
 */
class RemoteBoostsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AS = "https://www.w3.org/ns/activitystreams";

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static SigningPeer home;
    static SigningPeer elsewhere;
    static String booster;
    static String writer;
    static String wpBlog;
    static String wpAuthor;
    static String stranger;
    static String origin;
    static String inbox;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Boosts IT", "bea", "bea-password-1");
        home = new SigningPeer();
        elsewhere = new SigningPeer();
        booster = home.actor("booster", doc -> doc.put("name", "Boris Booster"));
        writer = home.actor("writer", doc -> doc.put("name", "Wanda Writer"));
        wpBlog = home.actorAt("/?author=0", "blog", doc -> doc.put("name", "The WP Blog"));
        wpAuthor = home.actorAt("/?author=1", "wpauthor", doc -> doc.put("name", "Wes Press"));
        stranger = home.actor("stranger", doc -> doc.put("name", "Sam Stranger"));
        origin = elsewhere.actor("origin", doc -> doc.put("name", "Olga Origin"));
        follow(booster);
        follow(wpBlog);
        // Activities go to the author's own inbox, as a followed account's server sends them.
        String anyPost = admin.compose("note", "publish", "body", "Hello");
        inbox = new ApJsonClient(server)
                        .json("/posts/" + anyPost)
                        .path("attributedTo")
                        .asText() + "/inbox";
    }

    @AfterAll
    static void stop() {
        Resources.closeAll(home, elsewhere, server);
    }

    static void follow(String actor) {
        WebClient.Page page = admin.postForm(
                "/admin/following",
                WebClient.form("_csrf", admin.get("/admin/following").csrf(), "target", actor));
        assertThat(page.status()).as("following " + actor).isLessThan(400);
    }

    static ObjectNode note(String id, String author, String html) {
        ObjectNode note = JSON.createObjectNode();
        note.put("@context", AS);
        note.put("id", id);
        note.put("type", "Note");
        note.put("attributedTo", author);
        note.put("content", html);
        note.put("published", "2026-06-01T10:00:00Z");
        note.putArray("to").add(AS + "#Public");
        return note;
    }

    /** Serves the note at its id on {@code peer}. */
    static void serve(SigningPeer peer, ObjectNode note) {
        peer.remote.serve(
                URI.create(note.get("id").asText()).getRawPath(), 200, "application/activity+json", note.toString());
    }

    static ObjectNode announce(String actor, String id, Object object) {
        ObjectNode a = JSON.createObjectNode();
        a.put("@context", AS);
        a.put("id", id);
        a.put("type", "Announce");
        a.put("actor", actor);
        a.put("published", "2026-06-01T12:00:00Z");
        a.set("object", JSON.valueToTree(object));
        a.putArray("to").add(AS + "#Public");
        return a;
    }

    static void deliver(String actor, ObjectNode activity) {
        SigningPeer.Answer answer = home.post(URI.create(inbox), activity.toString(), home.keyOf(actor));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        server.runDueJobs();
    }

    /** The reader's boosts: who boosted (the shown name) and the boosted post's text. */
    static List<Element> boosts() {
        return admin.get("/admin/following").html().select("article.remote-post.boost");
    }

    static Element boostOf(String postUri) {
        return boosts().stream()
                .filter(e -> e.attr("data-uri").equals(postUri))
                .findFirst()
                .orElse(null);
    }

    long stored(String announceId) {
        return tables.count("select count(*) from remote_boost where announce_uri = ?", announceId);
    }

    @Test
    void anAnnounceOfAnIdIsFetchedAndShownAsABoost() {
        ObjectNode n = note(writer + "/statuses/1", writer, "<p>Fetched by its id</p>");
        serve(home, n);
        deliver(
                booster,
                announce(booster, booster + "/statuses/1/activity", n.get("id").asText()));
        Element boost = boostOf(n.get("id").asText());
        assertThat(boost).as("the boost is in the reader").isNotNull();
        assertThat(boost.selectFirst(".boosted-by").text()).startsWith("Boris Booster boosted");
        assertThat(boost.text()).contains("Fetched by its id");
        assertThat(boost.attr("data-boosted-by")).isEqualTo(booster);
    }

    @Test
    void anEmbeddedNoteFromTheBoostersServerIsTakenAsSent() {
        // Not served: the embedded copy, vouched for by its own server's signature, is enough.
        ObjectNode n = note(writer + "/statuses/2", writer, "<p>Embedded and believed</p>");
        deliver(booster, announce(booster, booster + "/statuses/2/activity", n));
        Element boost = boostOf(n.get("id").asText());
        assertThat(boost).isNotNull();
        assertThat(boost.text()).contains("Embedded and believed");
    }

    @Test
    void anEmbeddedNoteFromAnotherServerIsFetchedFromItsOrigin() {
        String id = origin + "/statuses/3";
        serve(elsewhere, note(id, origin, "<p>What the origin says</p>"));
        ObjectNode embedded = note(id, origin, "<p>What the booster claims</p>");
        deliver(booster, announce(booster, booster + "/statuses/3/activity", embedded));
        Element boost = boostOf(id);
        assertThat(boost).isNotNull();
        assertThat(boost.text()).contains("What the origin says").doesNotContain("What the booster claims");
    }

    @Test
    void theWordPressBlogActorsAnnounceOfACreateIsShownAsTheBlogsBoost() {
        String id = home.remote.origin() + "/?p=42";
        ObjectNode n = note(id, wpAuthor, "<p>A WordPress article</p>");
        n.remove("@context");
        ObjectNode create = JSON.createObjectNode();
        create.put("id", id + "#create");
        create.put("type", "Create");
        create.put("actor", wpAuthor);
        create.set("object", n);
        deliver(wpBlog, announce(wpBlog, id + "#announce", create));
        Element boost = boostOf(id);
        assertThat(boost).as("the blog's boost is in the reader").isNotNull();
        assertThat(boost.selectFirst(".boosted-by").text()).startsWith("The WP Blog boosted");
        assertThat(boost.text()).contains("A WordPress article").contains(wpAuthor);
    }

    @Test
    void anEmbeddedObjectWhoseIdIsNotOnItsAuthorsServerIsRefusedAndNothingStored() {
        String forgedId = elsewhere.remote.origin() + "/statuses/forged";
        String announceId = booster + "/statuses/forged/activity";
        deliver(booster, announce(booster, announceId, note(forgedId, writer, "<p>Forged words</p>")));
        assertThat(stored(announceId)).isZero();
        assertThat(tables.count("select count(*) from remote_post where uri = ?", forgedId))
                .isZero();
        assertThat(admin.get("/admin/following").body()).doesNotContain("Forged words");
    }

    @Test
    void aCreateWhoseActorDidNotWriteItsObjectIsRefused() {
        String id = home.remote.origin() + "/?p=43";
        ObjectNode create = JSON.createObjectNode();
        create.put("id", id + "#create");
        create.put("type", "Create");
        create.put("actor", wpBlog);
        create.set("object", note(id, wpAuthor, "<p>Not the blog's words</p>"));
        deliver(wpBlog, announce(wpBlog, id + "#announce", create));
        assertThat(stored(id + "#announce")).isZero();
        assertThat(admin.get("/admin/following").body()).doesNotContain("Not the blog's words");
    }

    @Test
    void aBoostBySomeoneNobodyFollowsIsNotKept() {
        ObjectNode n = note(writer + "/statuses/5", writer, "<p>Boosted by a stranger</p>");
        String announceId = stranger + "/statuses/5/activity";
        deliver(stranger, announce(stranger, announceId, n));
        assertThat(stored(announceId)).isZero();
        assertThat(admin.get("/admin/following").body()).doesNotContain("Boosted by a stranger");
    }

    @Test
    void anUndoOfTheAnnounceTakesTheBoostBackByReferenceOrEmbedded() {
        ObjectNode n = note(writer + "/statuses/6", writer, "<p>Boosted then taken back</p>");
        String first = booster + "/statuses/6/activity";
        deliver(booster, announce(booster, first, n));
        assertThat(boostOf(n.get("id").asText())).isNotNull();

        ObjectNode undo = JSON.createObjectNode();
        undo.put("@context", AS);
        undo.put("id", first + "/undo");
        undo.put("type", "Undo");
        undo.put("actor", booster);
        undo.put("object", first);
        deliver(booster, undo);
        assertThat(boostOf(n.get("id").asText())).as("by reference").isNull();
        assertThat(stored(first)).isZero();

        ObjectNode m = note(writer + "/statuses/7", writer, "<p>Boosted then undone embedded</p>");
        String second = booster + "/statuses/7/activity";
        deliver(booster, announce(booster, second, m));
        assertThat(boostOf(m.get("id").asText())).isNotNull();
        ObjectNode embeddedUndo = JSON.createObjectNode();
        embeddedUndo.put("@context", AS);
        embeddedUndo.put("id", second + "/undo");
        embeddedUndo.put("type", "Undo");
        embeddedUndo.put("actor", booster);
        embeddedUndo.set(
                "object",
                JSON.valueToTree(Map.of(
                        "id",
                        second,
                        "type",
                        "Announce",
                        "actor",
                        booster,
                        "object",
                        m.get("id").asText())));
        deliver(booster, embeddedUndo);
        assertThat(boostOf(m.get("id").asText())).as("embedded").isNull();
        assertThat(stored(second)).isZero();
    }
}
