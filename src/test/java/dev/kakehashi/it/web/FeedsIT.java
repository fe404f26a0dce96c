package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RSS, Atom, the sitemap and robots.txt, parsed as a feed reader or a crawler would. */
class FeedsIT {
    static KakehashiServer server;
    static WebClient admin;
    static WebClient reader;
    static String articleId;
    static String noteId;
    static Instant beforePublishing;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Feeds IT", "kai", "kai-password-1");
        reader = new WebClient(server);
        // Twenty older notes, so the feeds' limit of 20 pushes the oldest of them out.
        for (int i = 1; i <= 20; i++) {
            admin.compose("note", "publish", "body", "Filler note " + i);
        }
        admin.compose("article", "draft", "title", "Draft in progress", "slug", "draft-in-progress", "body", "x");
        String deleted = admin.compose("note", "publish", "body", "Deleted thought");
        var edit = admin.get("/admin/posts/" + deleted + "/edit");
        admin.postForm("/admin/posts/" + deleted + "/delete", form("_csrf", edit.csrf()));
        beforePublishing = Instant.now().minusSeconds(1);
        noteId = admin.compose("note", "publish", "body", "A note with a [link](/archive).", "tags", "notes");
        articleId = admin.compose(
                "article",
                "publish",
                "title",
                "Feeds & <Friends>",
                "slug",
                "feeds-and-friends",
                "body",
                "Full **body** of the article.",
                "tags",
                "rss, atom");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRssFeedIsServedAsRssInUtf8() {
        var rss = reader.get("/feed.xml", "application/rss+xml");
        assertThat(rss.status()).isEqualTo(200);
        assertThat(rss.header("Content-Type")).isEqualToIgnoringCase("application/rss+xml;charset=utf-8");
        assertThat(xml(rss.body()).selectFirst("rss").attr("version")).isEqualTo("2.0");
    }

    @Test
    void theRssFeedHasTheNewestTwentyPostsNewestFirst() {
        List<Element> items = xml(reader.get("/feed.xml").body()).select("item");
        assertThat(items).hasSize(20);
        assertThat(items.get(0).selectFirst("title").text()).isEqualTo("Feeds & <Friends>");
        assertThat(items.get(1).selectFirst("title").text()).isEqualTo("A note with a link.");
        assertThat(items.stream().map(i -> i.selectFirst("title").text()))
                .doesNotContain("Filler note 1", "Filler note 2", "Draft in progress", "Deleted thought")
                .contains("Filler note 3");
    }

    @Test
    void anRssItemHasLinkPermanentGuidDateAuthorCategoriesAndFullContent() {
        Element item = xml(reader.get("/feed.xml").body()).selectFirst("item");
        assertThat(item.selectFirst("link").text()).isEqualTo(server.url("/articles/feeds-and-friends"));
        assertThat(item.selectFirst("guid").text()).isEqualTo(server.url("/posts/" + articleId));
        Instant published = ZonedDateTime.parse(
                        item.selectFirst("pubDate").text(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        assertThat(published).isAfter(beforePublishing);
        assertThat(item.select("category").eachText()).containsExactlyInAnyOrder("rss", "atom");
        assertThat(item.selectFirst("dc|creator").text()).isEqualTo("kai");
        String html = item.selectFirst("content|encoded").text();
        assertThat(Jsoup.parse(html).select("strong").text()).isEqualTo("body");
    }

    @Test
    void feedContentHasAbsoluteLinks() {
        Element note = xml(reader.get("/feed.xml").body()).select("item").get(1);
        String html = note.selectFirst("content|encoded").text();
        assertThat(Jsoup.parse(html).select("a").attr("href")).isEqualTo(server.url("/archive"));
    }

    @Test
    void theAtomFeedHasEntriesWithPermanentIdsLinksDatesAuthorsAndCategories() {
        var atom = reader.get("/atom.xml", "application/atom+xml");
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.header("Content-Type")).isEqualToIgnoringCase("application/atom+xml;charset=utf-8");
        Document doc = xml(atom.body());
        assertThat(doc.selectFirst("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(doc.selectFirst("feed > link[rel=self]").attr("href")).isEqualTo(server.url("/atom.xml"));
        List<Element> entries = doc.select("entry");
        assertThat(entries).hasSize(20);
        Element first = entries.get(0);
        assertThat(first.selectFirst("title").text()).isEqualTo("Feeds & <Friends>");
        assertThat(first.selectFirst("id").text()).isEqualTo(server.url("/posts/" + articleId));
        assertThat(first.selectFirst("link[rel=alternate]").attr("href"))
                .isEqualTo(server.url("/articles/feeds-and-friends"));
        assertThat(Instant.parse(first.selectFirst("published").text())).isAfter(beforePublishing);
        assertThat(Instant.parse(first.selectFirst("updated").text())).isAfter(beforePublishing);
        assertThat(first.selectFirst("author > name").text()).isEqualTo("kai");
        assertThat(first.select("category").eachAttr("term")).containsExactlyInAnyOrder("rss", "atom");
        assertThat(Jsoup.parse(first.selectFirst("content").text())
                        .select("strong")
                        .text())
                .isEqualTo("body");
    }

    @Test
    void anAuthorHasTheirOwnRssAndAtomFeeds() {
        Document rss = xml(reader.get("/@kai/feed.xml").body());
        assertThat(rss.selectFirst("channel > title").text()).isEqualTo("kai · Feeds IT");
        assertThat(rss.select("item guid").eachText()).contains(server.url("/posts/" + noteId));
        Document atom = xml(reader.get("/@kai/atom.xml").body());
        assertThat(atom.selectFirst("feed > link[rel=self]").attr("href")).isEqualTo(server.url("/@kai/atom.xml"));
        assertThat(atom.select("entry > id").eachText()).contains(server.url("/posts/" + articleId));
    }

    @Test
    void theFeedsAreAnnouncedInEveryPagesHead() {
        Document home = reader.get("/").html();
        assertThat(home.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
                .isEqualTo(server.url("/feed.xml"));
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(server.url("/atom.xml"));
    }

    @Test
    void theSitemapListsHomePostsAuthorsAndTagsWithLastModified() {
        var page = reader.get("/sitemap.xml", "application/xml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/xml");
        Document map = xml(page.body());
        List<String> locs = map.select("url > loc").eachText();
        assertThat(locs)
                .contains(
                        server.url("/"),
                        server.url("/articles/feeds-and-friends"),
                        server.url("/posts/" + noteId),
                        server.url("/@kai"),
                        server.url("/tags/rss"),
                        server.url("/tags/notes"))
                .doesNotContain(server.url("/articles/draft-in-progress"))
                .hasSize(1 + 22 + 1 + 3);
        assertThat(map.select("url > lastmod").eachText()).hasSize(locs.size()).allSatisfy(Instant::parse);
    }

    @Test
    void robotsTxtPointsAtTheSitemap() {
        var robots = reader.get("/robots.txt", "text/plain");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        assertThat(robots.body())
                .contains("Sitemap: " + server.url("/sitemap.xml"))
                .contains("Disallow: /admin");
    }

    private static Document xml(String body) {
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
