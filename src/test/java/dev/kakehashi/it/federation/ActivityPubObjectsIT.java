package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a peer fetches from Kakehashi: actors, posts, collections, NodeInfo, on the same URLs people read. */
class ActivityPubObjectsIT {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static KakehashiServer server;
    static WebClient admin;
    static ApJsonClient peer;
    static String noteId;
    static String articleId;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Objects IT", "hana", "hana-password-1");
        peer = new ApJsonClient(server);
        noteId = admin.compose(
                "note", "publish", "body", "A *short* thought. <img src=x onerror=alert(1)>", "tags", "bridges");
        articleId = admin.compose(
                "article",
                "publish",
                "title",
                "Bridges of Kyoto",
                "slug",
                "bridges-of-kyoto",
                "excerpt",
                "A walk across the old bridges.",
                "body",
                "## The river\n\nThe **Togetsukyō** crosses the Katsura.",
                "tags",
                "travel");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSamePostUrlServesHtmlToBrowsersAndJsonToServers() {
        var html = new WebClient(server).get("/posts/" + noteId, BROWSER);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Vary")).contains("Accept");
        assertThat(html.html()
                        .select("link[rel=alternate][type=application/activity+json]")
                        .attr("href"))
                .isEqualTo(server.url("/posts/" + noteId));

        // A client that takes anything gets the page, not JSON.
        assertThat(new WebClient(server).get("/posts/" + noteId, "*/*").header("Content-Type"))
                .startsWith("text/html");

        for (String accept : new String[] {ApJsonClient.AP, ApJsonClient.LD}) {
            var json = new WebClient(server).get("/posts/" + noteId, accept);
            assertThat(json.status()).isEqualTo(200);
            assertThat(json.header("Content-Type")).startsWith("application/activity+json");
            assertThat(json.header("Vary")).contains("Accept");
            JsonNode note = ApJsonClient.parse(json.body());
            assertThat(note.get("type").asText()).isEqualTo("Note");
            assertThat(note.get("id").asText()).isEqualTo(server.url("/posts/" + noteId));
        }
    }

    @Test
    void aShortPostIsAPublicNoteWithHashtagsAndSafeHtml() {
        JsonNode note = peer.json("/posts/" + noteId);
        String actor = peer.json("/@hana").get("id").asText();
        assertThat(note.get("attributedTo").asText()).isEqualTo(actor);
        assertThat(note.get("to").get(0).asText()).isEqualTo("https://www.w3.org/ns/activitystreams#Public");
        assertThat(note.get("cc").get(0).asText()).isEqualTo(actor + "/followers");
        assertThat(note.get("content").asText()).contains("<em>short</em>").doesNotContain("<img", "onerror");
        assertThat(note.has("summary")).isFalse();
        assertThat(note.get("published").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(note.has("updated")).isFalse();
        assertThat(note.get("tag").get(0).get("type").asText()).isEqualTo("Hashtag");
        assertThat(note.get("tag").get(0).get("name").asText()).isEqualTo("#bridges");
        assertThat(note.get("tag").get(0).get("href").asText()).isEqualTo(server.url("/tags/bridges"));
    }

    @Test
    void anArticleIsANoteWithTitleAndPermalinkByDefaultAndTheSameObjectOnItsPrettyUrl() {
        JsonNode byId = peer.json("/posts/" + articleId);
        JsonNode bySlug = peer.json("/articles/bridges-of-kyoto");
        assertThat(bySlug).isEqualTo(byId);
        assertThat(byId.get("type").asText()).isEqualTo("Note");
        assertThat(byId.get("content").asText())
                .startsWith("<p><strong>Bridges of Kyoto</strong></p>")
                .contains("<p><strong>The river</strong></p>")
                .contains(server.url("/articles/bridges-of-kyoto"));
        assertThat(byId.get("url").asText()).isEqualTo(server.url("/articles/bridges-of-kyoto"));
        var html = new WebClient(server).get("/articles/bridges-of-kyoto", BROWSER);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Vary")).contains("Accept");
    }

    @Test
    void withTheArticleFormatAnArticleIsAnFepB2b8Article() {
        var page = admin.get("/admin/settings");
        admin.postForm(
                "/admin/settings/federation",
                form("_csrf", page.csrf(), "actorMode", "BOTH", "blogHandle", "blog", "articleFormat", "ARTICLE"));
        try {
            JsonNode article = peer.json("/posts/" + articleId);
            assertThat(article.get("type").asText()).isEqualTo("Article");
            assertThat(article.get("name").asText()).isEqualTo("Bridges of Kyoto");
            assertThat(article.get("summary").asText()).isEqualTo("<p>A walk across the old bridges.</p>");
            assertThat(article.get("content").asText()).contains("Togetsukyō");
            assertThat(article.get("url").asText()).isEqualTo(server.url("/articles/bridges-of-kyoto"));
        } finally {
            admin.postForm(
                    "/admin/settings/federation",
                    form("_csrf", page.csrf(), "actorMode", "BOTH", "blogHandle", "blog", "articleFormat", "NOTE"));
        }
    }

    @Test
    void aDeletedPostAnswers410WithATombstone() {
        String id = admin.compose("note", "publish", "body", "Regretted");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        admin.postForm("/admin/posts/" + id + "/delete", form("_csrf", edit.csrf()));
        var gone = peer.get("/posts/" + id);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.header("Content-Type")).startsWith("application/activity+json");
        JsonNode tombstone = ApJsonClient.parse(gone.body());
        assertThat(tombstone.get("type").asText()).isEqualTo("Tombstone");
        assertThat(tombstone.get("id").asText()).isEqualTo(server.url("/posts/" + id));
    }

    @Test
    void theAuthorPageNegotiatesAndTheActorCarriesEveryProfileField() {
        var html = new WebClient(server).get("/@hana", BROWSER);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Vary")).contains("Accept");
        assertThat(html.html()
                        .select("link[rel=alternate][type=application/activity+json]")
                        .attr("href"))
                .isEqualTo(server.url("/@hana"));
        JsonNode person = peer.json("/@hana");
        assertThat(person.get("type").asText()).isEqualTo("Person");
        String id = person.get("id").asText();
        assertThat(id).matches(server.url("/actors/") + "\\d+");
        assertThat(peer.json(id)).isEqualTo(person);
        for (String field : new String[] {
            "name",
            "summary",
            "url",
            "inbox",
            "outbox",
            "followers",
            "following",
            "featured",
            "endpoints",
            "publicKey",
            "discoverable",
            "indexable",
            "published",
            "manuallyApprovesFollowers",
            "attachment",
            "alsoKnownAs",
            "webfinger",
            "preferredUsername"
        }) {
            assertThat(person.has(field)).as(field).isTrue();
        }
        assertThat(person.get("publicKey").get("owner").asText()).isEqualTo(id);
        assertThat(person.get("publicKey").get("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(person.get("endpoints").get("sharedInbox").asText()).isEqualTo(server.url("/inbox"));
        assertThat(person.get("url").asText()).isEqualTo(server.url("/@hana"));
    }

    @Test
    void theInstanceActorIsFetchableWithoutASignature() {
        JsonNode app = peer.json("/actor");
        assertThat(app.get("type").asText()).isEqualTo("Application");
        assertThat(app.get("publicKey").get("owner").asText()).isEqualTo(server.url("/actor"));
        assertThat(app.get("inbox").asText()).isEqualTo(server.url("/actor/inbox"));
    }

    @Test
    void collectionsCarryRealTotalsAndPages() {
        String actor = peer.json("/@hana").get("id").asText();
        JsonNode outbox = peer.json(actor + "/outbox");
        long published = peer.json("/actors/blog/outbox").get("totalItems").asLong();
        assertThat(outbox.get("type").asText()).isEqualTo("OrderedCollection");
        assertThat(outbox.get("totalItems").asLong()).isEqualTo(published).isGreaterThanOrEqualTo(2);
        JsonNode page = peer.json(outbox.get("first").asText());
        assertThat(page.get("type").asText()).isEqualTo("OrderedCollectionPage");
        assertThat(page.get("partOf").asText()).isEqualTo(actor + "/outbox");
        JsonNode first = page.get("orderedItems").get(0);
        assertThat(first.get("type").asText()).isEqualTo("Create");
        assertThat(first.get("actor").asText()).isEqualTo(actor);
        assertThat(first.get("id").asText())
                .isEqualTo(first.get("object").get("id").asText() + "/activity");

        JsonNode blogPage = peer.json("/actors/blog/outbox?page=1");
        assertThat(blogPage.get("orderedItems").get(0).get("type").asText()).isEqualTo("Announce");

        for (String c : new String[] {"/followers", "/following", "/collections/featured"}) {
            JsonNode collection = peer.json(actor + c);
            assertThat(collection.get("totalItems").asLong()).as(c).isZero();
            assertThat(collection.get("first").asText()).as(c).isEqualTo(actor + c + "?page=1");
            assertThat(peer.json(actor + c + "?page=1").get("orderedItems"))
                    .as(c)
                    .isEmpty();
        }
    }

    @Test
    void nodeInfoCountsChangeAfterPublishing() {
        var discovery = ApJsonClient.parse(new WebClient(server)
                .get("/.well-known/nodeinfo", "application/json")
                .body());
        assertThat(discovery.toString()).contains(server.url("/nodeinfo/2.0"), server.url("/nodeinfo/2.1"));
        JsonNode before = ApJsonClient.parse(
                new WebClient(server).get("/nodeinfo/2.1", "application/json").body());
        assertThat(before.get("software").get("name").asText()).isEqualTo("kakehashi");
        assertThat(before.get("software").get("version").asText()).matches("\\d+\\.\\d+.*");
        assertThat(before.get("metadata").get("upstream").get("name").asText()).isEqualTo("mastodon");
        assertThat(before.get("usage").get("users").get("total").asLong()).isEqualTo(1);
        assertThat(before.get("usage").get("users").get("activeMonth").asLong()).isEqualTo(1);
        long posts = before.get("usage").get("localPosts").asLong();
        admin.compose("note", "publish", "body", "Counted");
        var after = new WebClient(server).get("/nodeinfo/2.0", "application/json");
        assertThat(after.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(ApJsonClient.parse(after.body())
                        .get("usage")
                        .get("localPosts")
                        .asLong())
                .isEqualTo(posts + 1);
    }

    @Test
    void keysSurviveARestart() {
        String blogKey =
                peer.json("/actors/blog").get("publicKey").get("publicKeyPem").asText();
        String authorKey =
                peer.json("/@hana").get("publicKey").get("publicKeyPem").asText();
        assertThat(blogKey).isNotEqualTo(authorKey);
        server.stop();
        server.start();
        assertThat(peer.json("/actors/blog")
                        .get("publicKey")
                        .get("publicKeyPem")
                        .asText())
                .isEqualTo(blogKey);
        assertThat(peer.json("/@hana").get("publicKey").get("publicKeyPem").asText())
                .isEqualTo(authorKey);
    }
}
