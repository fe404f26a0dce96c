package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Importing a WordPress export from Settings → Import: what readers see afterwards, the report, a
 * second import that changes nothing, refused files, and the old blog's addresses answering 301.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class WordPressImportIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        // The blog's owner had the same login on WordPress: her posts become hers.
        admin = new WebClient(server).setUpAndLogIn("Harbour", "harbourmaster", "harbour-password-1");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    public static byte[] fixture(String name) {
        try (InputStream in = WordPressImportIT.class.getResourceAsStream("/wordpress/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static WebClient.Page upload(WebClient client, String name, String pings) {
        String csrf = client.get("/admin/settings/import").csrf();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("pings", pings);
        parts.put("file", new WebClient.FilePart(name, "text/xml", fixture(name)));
        return client.postMultipart("/admin/settings/import?_csrf=" + csrf, parts);
    }

    /** Runs the import job until the newest import on the page says it finished. */
    public static Element importToTheEnd(KakehashiServer on, WebClient client) {
        Eventually.within(Duration.ofSeconds(60), "the import finishes", () -> {
            on.runDueJobs();
            return newestImport(client).selectFirst(".import-report") != null;
        });
        return newestImport(client);
    }

    public static Element newestImport(WebClient client) {
        Document page = client.get("/admin/settings/import").html();
        Element first = page.selectFirst("section.import");
        assertThat(first).as("an import on the page").isNotNull();
        return first;
    }

    public static String actorOf(ApJsonClient ap, String username) {
        return ApJsonClient.parse(
                        ap.webfinger("acct:" + username + "@" + ap.authority()).body())
                .path("links")
                .findValues("href")
                .stream()
                .map(JsonNode::asText)
                .filter(h -> h.contains("/actors/"))
                .findFirst()
                .orElseThrow();
    }

    public static int importsListed(WebClient client) {
        return client.get("/admin/settings/import")
                .html()
                .select("section.import")
                .size();
    }

    @Test
    @Order(1)
    void refusedFilesSayWhyInOneLineAndStoreNothing() throws IOException {
        for (String bad : List.of("not-xml.xml", "truncated.xml", "xxe.xml", "billion-laughs.xml")) {
            WebClient.Page page = upload(admin, bad, "keep");
            assertThat(page.status()).as(bad).isEqualTo(422);
            String error = page.html().selectFirst("#import-error").text();
            assertThat(error).as(bad).matches("(Not a readable WordPress export|Refused|Not a WordPress export).*");
        }
        assertThat(importsListed(admin)).isZero();
        try (Stream<?> files = Files.list(server.dataDir().resolve("imports"))) {
            assertThat(files.count()).as("no refused upload is kept").isZero();
        }
        assertThat(admin.get("/").body()).doesNotContain("First light");
    }

    @Test
    @Order(2)
    void anExportBecomesArticlesShortPostsCommentsAndTagsWithTheirDates() {
        WebClient.Page uploaded = upload(admin, "blog.xml", "keep");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        Element report = importToTheEnd(server, admin);
        assertThat(report.selectFirst(".posts-imported").text())
                .as("five posts, a short post and the page")
                .isEqualTo("7");
        assertThat(report.selectFirst(".comments-imported").text()).isEqualTo("4");
        assertThat(report.selectFirst(".skipped").text()).as("the spam").isEqualTo("1");
        assertThat(report.selectFirst(".shortcodes").text()).isEqualTo("contact-form-7");
        assertThat(report.select(".import-messages li").eachText())
                .anyMatch(m -> m.contains("private") && m.contains("followers only"));

        WebClient reader = new WebClient(server);
        assertThat(reader.get("/articles/harbour-fees").status())
                .as("a private WordPress post is for followers only")
                .isEqualTo(404);
        assertThat(admin.get("/articles/harbour-fees").status())
                .as("its author sees it")
                .isEqualTo(200);
        WebClient.Page article = reader.get("/articles/first-light");
        assertThat(article.status()).isEqualTo(200);
        Document doc = article.html();
        assertThat(doc.text()).contains("The fog lifted at six", "Three trawlers");
        assertThat(doc.select("time").eachAttr("datetime")).anyMatch(t -> t.startsWith("2019-05-12"));
        assertThat(doc.body().html()).doesNotContain("wp:paragraph");
        String comments = doc.text();
        assertThat(comments).contains("Ada Lighthouse", "What a morning!", "north pier", "Lovely fog photo");
        assertThat(comments).contains("Tide Tables Blog").doesNotContain("Buy now");

        Document nets = reader.get("/articles/mending-nets").html();
        assertThat(nets.select("figure figcaption").eachText()).contains("A net, half mended");
        assertThat(nets.select("p").eachText()).anyMatch(p -> p.startsWith("Nets tear in winter."));
        assertThat(nets.select("a[href=https://video.example/watch?v=nets]")).isNotEmpty();

        Document tag = reader.get("/tags/boats").html();
        assertThat(tag.text()).contains("First light over the harbour", "Mending nets");
        assertThat(reader.get("/").body())
                .contains("Gulls on every mast today.")
                .doesNotContain("Not ready yet", "Fees rise in March", "Sign up at the office");
    }

    @Test
    @Order(3)
    void importingTheSameFileAgainChangesNothing() {
        String before = new WebClient(server).get("/tags/boats").body();
        String articleBefore = new WebClient(server)
                .get("/articles/first-light")
                .html()
                .select("#comments, .comments")
                .text();
        assertThat(upload(admin, "blog.xml", "keep").status()).isEqualTo(303);
        Element report = importToTheEnd(server, admin);
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("0");
        assertThat(report.selectFirst(".comments-imported").text()).isEqualTo("0");
        assertThat(new WebClient(server).get("/tags/boats").body()).isEqualTo(before);
        assertThat(new WebClient(server)
                        .get("/articles/first-light")
                        .html()
                        .select("#comments, .comments")
                        .text())
                .isEqualTo(articleBefore);
        assertThat(new WebClient(server).get("/articles/first-light-2").status())
                .isEqualTo(404);
    }

    @Test
    @Order(4)
    void everyOldAddressAnswers301ToItsNewPlace() {
        WebClient reader = new WebClient(server);
        Map<String, String> moves = new LinkedHashMap<>();
        moves.put("/?p=10", "/articles/first-light");
        moves.put("/archives/7", "/articles/mending-nets");
        moves.put("/archives/7/", "/articles/mending-nets");
        moves.put("/2019/05/12/first-light/", "/articles/first-light");
        moves.put("/2019/05/first-light/", "/articles/first-light");
        moves.put("/2015/03/04/mending-nets", "/articles/mending-nets");
        moves.put("/category/boats/", "/tags/boats");
        moves.put("/tag/sea-fog/", "/tags/SeaFog");
        moves.put("/author/harbourmaster/", "/@harbourmaster");
        moves.put("/?page_id=2", "/about");
        moves.put("/about/", "/about");
        moves.put("/feed/", "/feed.xml");
        moves.put("/comments/feed/", "/feed.xml");
        for (var move : moves.entrySet()) {
            WebClient.Page page = reader.get(move.getKey());
            assertThat(page.status()).as(move.getKey()).isEqualTo(301);
            assertThat(page.header("Location")).as(move.getKey()).isEqualTo(server.url(move.getValue()));
        }
        assertThat(reader.get("/?p=30").status())
                .as("a draft has no public address")
                .isEqualTo(200);
        assertThat(reader.get("/archives/999").status()).isEqualTo(404);
        assertThat(reader.get("/2019/05/12/never-written/").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void aPageIsReadAtItsAddressAndInTheMenuButListedNowhere() {
        WebClient reader = new WebClient(server);
        assertThat(reader.get("/about").body()).contains("We keep boats safe since 1890.");
        assertThat(reader.get("/").html().select("nav.site-nav a.menu-page").eachText())
                .as("a page is in the menu")
                .containsExactly("About the harbour");
        assertThat(reader.get("/").html().select("main").text()).doesNotContain("About the harbour");
        assertThat(reader.get("/feed.xml").body()).doesNotContain("About the harbour");
        assertThat(reader.get("/about-us/").status()).as("no such page").isEqualTo(404);
    }

    @Test
    @Order(6)
    void aStickyPostIsPinnedToItsAuthorsProfile() {
        ApJsonClient ap = new ApJsonClient(server);
        String actor = actorOf(ap, "harbourmaster");
        JsonNode featured = ap.json(ap.json(actor).path("featured").asText());
        assertThat(featured.path("totalItems").asLong()).isEqualTo(1);
        assertThat(featured.path("orderedItems").get(0).path("url").asText())
                .isEqualTo(server.url("/articles/first-light"));
    }

    @Test
    @Order(7)
    void theActivityPubPluginsIdsLeadToTheObjectAndTheActors() {
        ApJsonClient ap = new ApJsonClient(server);
        String object = ap.json("/articles/first-light").path("id").asText();
        WebClient.Page post = ap.get("/?p=10");
        assertThat(post.status()).isEqualTo(301);
        assertThat(post.header("Location")).isEqualTo(object);

        String actor = actorOf(ap, "harbourmaster");
        WebClient.Page author = ap.get("/?author=1");
        assertThat(author.status()).isEqualTo(301);
        assertThat(author.header("Location")).isEqualTo(actor);
        assertThat(ap.get("/?author=0").header("Location")).isEqualTo(server.url("/actors/blog"));

        WebClient reader = new WebClient(server);
        assertThat(reader.get("/?author=1").header("Location")).isEqualTo(server.url("/@harbourmaster"));
        assertThat(ap.get("/?author=77").status()).as("no such WordPress user").isNotEqualTo(301);
    }

    @Test
    @Order(8)
    void anImportedAuthorHasNoPasswordThatSignsIn() {
        // "deckhand" came with the export; the stored marker is no hash, and not a password either.
        for (String password : List.of("!no-password", "deckhand")) {
            var page = new WebClient(server).postLogin(WebClient.form("username", "deckhand", "password", password));
            assertThat(page.status()).as("password " + password).isEqualTo(401);
        }
    }
}
