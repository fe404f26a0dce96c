package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.moving.WordPressImportIT;
import dev.kakehashi.service.PageSlugs;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages: an author writes one in the admin; it is at its own address and in the menu of every page
 * of the blog, in menu order, and nowhere a post would be (home, feeds, archive, outbox). An edit or
 * a delete shows on the next request, cached or not. Reserved and taken addresses are refused.
 */
class PagesIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Harbour", "harbourmaster", "harbour-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WebClient.Page createPage(String... fields) {
        Map<String, String> f = form(fields);
        f.put("_csrf", admin.get("/admin/pages/new").csrf());
        return admin.postForm("/admin/pages", f);
    }

    /** The menu links of a public page, as a reader sees them. */
    static List<String> menu(String path) {
        return new WebClient(server)
                .get(path)
                .html()
                .select("nav.site-nav a.menu-page")
                .eachText();
    }

    static String pageId(String slug) {
        return admin.get("/admin/pages")
                .html()
                .selectFirst("tr.page-row[data-slug=" + slug + "] a[href$=/edit]")
                .attr("href")
                .replaceAll(".*/admin/pages/(\\d+)/edit", "$1");
    }

    @Test
    void aPageIsInEveryMenuAtItsAddressAndNotWherePostsAre() {
        assertThat(createPage(
                                "title", "Harbour rules",
                                "slug", "rules",
                                "body", "No mooring *after dark*.",
                                "menuOrder", "5")
                        .status())
                .isEqualTo(303);
        assertThat(createPage("title", "Colophon", "body", "Set in harbour type.", "menuOrder", "4")
                        .status())
                .isEqualTo(303);
        admin.compose("article", "publish", "title", "Fresh catch", "body", "Mackerel today.");
        server.runDueJobs();

        WebClient reader = new WebClient(server);
        WebClient.Page page = reader.get("/rules");
        assertThat(page.status()).isEqualTo(200);
        Document doc = page.html();
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Harbour rules");
        assertThat(doc.select(".site-page em").text()).isEqualTo("after dark");
        assertThat(reader.get("/colophon").status())
                .as("an address made from the title")
                .isEqualTo(200);

        assertThat(menu("/")).as("home").containsSubsequence("Colophon", "Harbour rules");
        assertThat(menu("/articles/fresh-catch")).as("an article").containsSubsequence("Colophon", "Harbour rules");
        assertThat(menu("/rules")).as("the page itself").containsSubsequence("Colophon", "Harbour rules");

        assertThat(reader.get("/").html().select("main").text())
                .contains("Mackerel today")
                .doesNotContain("Harbour rules", "No mooring");
        for (String feed : List.of("/feed.xml", "/atom.xml", "/@harbourmaster/feed.xml")) {
            assertThat(reader.get(feed).body()).as(feed).contains("Fresh catch").doesNotContain("Harbour rules");
        }
        String month =
                java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString().replace('-', '/');
        assertThat(reader.get("/archive/" + month).html().select("main").text())
                .as("the month's archive, beside its menu")
                .contains("Fresh catch")
                .doesNotContain("Harbour rules");
        ApJsonClient ap = new ApJsonClient(server);
        String actor = WordPressImportIT.actorOf(ap, "harbourmaster");
        String outbox = ap.json(actor + "/outbox").path("first").asText();
        assertThat(ap.get(outbox).body()).contains("Mackerel today").doesNotContain("No mooring");
        assertThat(reader.get("/rules", ApJsonClient.AP).status())
                .as("a page is not an ActivityPub object")
                .isEqualTo(404);
        assertThat(reader.get("/sitemap.xml").body()).contains(server.url("/rules"));
        assertThat(admin.get("/admin/posts").body()).doesNotContain("Harbour rules");
    }

    @Test
    void anEditAndADeleteShowOnTheNextRequest() {
        assertThat(createPage("title", "Opening hours", "slug", "hours", "body", "Nine to five.")
                        .status())
                .isEqualTo(303);
        WebClient reader = new WebClient(server);
        assertThat(reader.get("/hours").body()).contains("Nine to five.");
        assertThat(menu("/")).contains("Opening hours");
        assertThat(menu("/")).as("served twice: the second from the cache").contains("Opening hours");

        String id = pageId("hours");
        String csrf = admin.get("/admin/pages/" + id + "/edit").csrf();
        WebClient.Page saved = admin.postForm(
                "/admin/pages/" + id,
                form("_csrf", csrf, "title", "Hours", "slug", "hours", "body", "Dawn to dusk.", "menuOrder", "1"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(reader.get("/hours").body()).contains("Dawn to dusk.").doesNotContain("Nine to five.");
        assertThat(menu("/")).contains("Hours").doesNotContain("Opening hours");

        csrf = admin.get("/admin/pages").csrf();
        assertThat(admin.postForm("/admin/pages/" + id + "/delete", form("_csrf", csrf))
                        .status())
                .isEqualTo(303);
        assertThat(reader.get("/hours").status()).isEqualTo(404);
        assertThat(menu("/")).doesNotContain("Hours");
    }

    @Test
    void aReservedOrTakenAddressIsRefusedWithAClearErrorAndNothingIsStored() {
        WebClient.Page reserved = createPage("title", "My archive", "slug", "archive", "body", "x");
        assertThat(reserved.status()).isEqualTo(422);
        assertThat(reserved.html().selectFirst("#slug-error").text())
                .isEqualTo("/archive is an address the blog itself uses; choose another");

        assertThat(createPage("title", "Boats", "slug", "boats", "body", "x").status())
                .isEqualTo(303);
        WebClient.Page taken = createPage("title", "More boats", "slug", "boats", "body", "y");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.html().selectFirst("#slug-error").text()).isEqualTo("Another page is already at /boats");

        WebClient.Page badOrder = createPage("title", "Ropes", "body", "x", "menuOrder", "first");
        assertThat(badOrder.status()).isEqualTo(422);
        WebClient.Page badSlug = createPage("title", "Nets", "slug", "../admin", "body", "x");
        assertThat(badSlug.status()).isEqualTo(422);

        String admins = admin.get("/admin/pages").body();
        assertThat(admins).doesNotContain("My archive", "More boats", "Ropes", "Nets");
        assertThat(new WebClient(server).get("/archive").body()).doesNotContain("My archive");
    }

    @Test
    void aPageCannotSitUnderItself() {
        assertThat(createPage("title", "Fleet", "body", "Our boats.").status()).isEqualTo(303);
        assertThat(createPage("title", "Trawlers", "body", "Big ones.").status())
                .isEqualTo(303);
        String fleet = pageId("fleet");
        String trawlers = pageId("trawlers");
        String csrf = admin.get("/admin/pages").csrf();
        assertThat(admin.postForm(
                                "/admin/pages/" + trawlers,
                                form(
                                        "_csrf",
                                        csrf,
                                        "title",
                                        "Trawlers",
                                        "slug",
                                        "trawlers",
                                        "body",
                                        "Big ones.",
                                        "parentId",
                                        fleet))
                        .status())
                .isEqualTo(303);
        WebClient.Page loop = admin.postForm(
                "/admin/pages/" + fleet,
                form("_csrf", csrf, "title", "Fleet", "slug", "fleet", "body", "Our boats.", "parentId", trawlers));
        assertThat(loop.status()).isEqualTo(422);
        assertThat(loop.body()).contains("A page cannot sit under itself or under one of its own pages");
        assertThat(new WebClient(server)
                        .get("/")
                        .html()
                        .select("nav.site-nav a.menu-subpage")
                        .eachText())
                .contains("Trawlers")
                .doesNotContain("Fleet");
    }

    @Test
    void aWordPressPageTreeBecomesPagesInItsMenuOrderAndTheOldAddressesLeadThere() {
        assertThat(WordPressImportIT.upload(admin, "pages.xml", "keep").status())
                .isEqualTo(303);
        WordPressImportIT.importToTheEnd(server, admin);
        List<String> menu = menu("/");
        assertThat(menu)
                .as("top-level pages by menu order, each followed by the pages under it")
                .containsSubsequence("Contact", "About us", "Moorings", "The crew")
                .doesNotContain("Prices (draft)", "Tide tables");
        assertThat(new WebClient(server)
                        .get("/")
                        .html()
                        .select("nav.site-nav a.menu-subpage")
                        .eachText())
                .as("the crew was exported before its parent and still sits under it")
                .contains("Moorings", "The crew")
                .doesNotContain("Contact", "About us");

        WebClient reader = new WebClient(server);
        assertThat(reader.get("/crew").html().select(".site-page p").eachText()).contains("Four sailors and a cat.");
        assertThat(reader.get("/moorings").html().select(".site-page p").eachText())
                .as("classic paragraphs restored")
                .containsExactly("Berths are let by the season.", "Ask at the office.");
        Map<String, String> moves = Map.of(
                "/?page_id=12", "/about-us",
                "/?p=13", "/moorings",
                "/about-us/", "/about-us",
                "/about-us/crew/", "/crew",
                "/contact/", "/contact");
        for (var move : moves.entrySet()) {
            WebClient.Page page = reader.get(move.getKey());
            assertThat(page.status()).as(move.getKey()).isEqualTo(301);
            assertThat(page.header("Location")).as(move.getKey()).isEqualTo(server.url(move.getValue()));
        }
        assertThat(reader.get("/?page_id=15").status())
                .as("a draft page is not imported")
                .isEqualTo(200);
        assertThat(reader.get("/feed.xml").body()).contains("Tide tables").doesNotContain("The crew");
        assertThat(reader.get("/").body()).contains("High water at noon").doesNotContain("Four sailors");

        assertThat(WordPressImportIT.upload(admin, "pages.xml", "keep").status())
                .isEqualTo(303);
        WordPressImportIT.importToTheEnd(server, admin);
        assertThat(menu("/")).as("importing again changes nothing").isEqualTo(menu);
    }

    @Test
    void everyFirstSegmentOfTheAppsRoutesIsReserved() {
        List<String> firsts = JerseyRoutes.all().stream()
                .map(r -> r.template().replaceFirst("^/", "").split("/")[0].replaceFirst("\\{.*", ""))
                .filter(s -> PageSlugs.VALID.matcher(s).matches())
                .distinct()
                .toList();
        assertThat(firsts).isNotEmpty().allMatch(PageSlugs::reserved);
        for (String servlet : List.of("media", "theme", "assets", "metrics")) {
            assertThat(PageSlugs.reserved(servlet)).as(servlet).isTrue();
        }
    }
}
