package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public blog as a reader sees it: posts, tags, authors, the archive, paging and errors. */
class BlogPagesIT {
    static KakehashiServer server;
    static WebClient admin;
    static WebClient reader;
    static String noteId;
    static String articleId;
    static String draftId;
    static String editedId;
    static String deletedArticleId;
    static String deletedNoteId;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Pages IT", "hana", "hana-password-1");
        reader = new WebClient(server);
        // Eleven older notes first, so the posts below are the newest and fill page 1.
        for (int i = 1; i <= 11; i++) {
            admin.compose("note", "publish", "body", "Paging note number " + i, "tags", "paging");
        }
        editedId = admin.compose("note", "publish", "body", "First version", "tags", "edits");
        var edit = admin.get("/admin/posts/" + editedId + "/edit");
        admin.postForm(
                "/admin/posts/" + editedId,
                form("_csrf", edit.csrf(), "action", "publish", "body", "Second version", "tags", "edits"));
        draftId = admin.compose(
                "article",
                "draft",
                "title",
                "Unfinished draft",
                "slug",
                "unfinished",
                "body",
                "Draft body",
                "tags",
                "java");
        deletedArticleId = admin.compose(
                "article",
                "publish",
                "title",
                "Regretted article",
                "slug",
                "regretted",
                "body",
                "Gone soon",
                "tags",
                "java");
        deletedNoteId = admin.compose("note", "publish", "body", "A regretted short post", "tags", "java");
        delete(deletedArticleId);
        delete(deletedNoteId);
        noteId = admin.compose("note", "publish", "body", "Just a *short* thought about bridges.", "tags", "java, 東京");
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
                "The **Togetsukyō** crosses the Katsura river.\n\nMore soon.",
                "tags",
                "java, travel");
    }

    static void delete(String id) {
        var edit = admin.get("/admin/posts/" + id + "/edit");
        assertThat(admin.postForm("/admin/posts/" + id + "/delete", form("_csrf", edit.csrf()))
                        .status())
                .isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPublishedArticleAndShortPostAreListedOnTheHomePage() {
        Document home = reader.get("/").html();
        assertThat(home.select(".card-title a").eachText()).contains("Bridges of Kyoto");
        assertThat(home.select(".card-note .content").eachText()).contains("Just a short thought about bridges.");
    }

    @Test
    void anArticleHasItsOwnPageWithTitleBodyTagsAndAuthor() {
        var page = reader.get("/articles/bridges-of-kyoto");
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1").eachText()).containsExactly("Bridges of Kyoto");
        assertThat(html.select("article .content strong").text()).isEqualTo("Togetsukyō");
        assertThat(html.select("a[rel=tag]").eachText()).containsExactly("#java", "#travel");
        assertThat(html.select(".byline .author").text()).isEqualTo("hana");
        assertThat(html.select(".byline .author").attr("href")).isEqualTo(server.url("/@hana"));
    }

    @Test
    void aShortPostHasItsOwnPageAtItsPermanentAddress() {
        var page = reader.get("/posts/" + noteId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("article .content").text()).isEqualTo("Just a short thought about bridges.");
        assertThat(page.html().select("h1")).hasSize(1);
        assertThat(page.header("Vary")).contains("Accept");
    }

    @Test
    void theIdAddressOfAnArticleRedirectsPermanentlyToItsPrettyAddress() {
        var page = reader.get("/posts/" + articleId);
        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location")).isEqualTo(server.url("/articles/bridges-of-kyoto"));
        assertThat(page.header("Vary")).contains("Accept");
    }

    @Test
    void theTagPageListsEveryPublishedPostWithTheTagAndNothingElse() {
        Document tag = reader.get("/tags/java").html();
        assertThat(tag.select("h1").text()).isEqualTo("#java");
        assertThat(tag.select(".card-title a").eachText()).containsExactly("Bridges of Kyoto");
        assertThat(tag.select(".card-note .content").eachText()).containsExactly("Just a short thought about bridges.");
        assertThat(tag.text()).doesNotContain("Unfinished draft").doesNotContain("Regretted");
    }

    @Test
    void aTagIsFoundWhateverItsCase() {
        assertThat(reader.get("/tags/TRAVEL").html().select(".card-title a").eachText())
                .containsExactly("Bridges of Kyoto");
    }

    @Test
    void aTagInAnotherScriptHasAWorkingEncodedAddress() {
        String url = server.url("/tags/" + URLEncoder.encode("東京", StandardCharsets.UTF_8));
        assertThat(reader.get("/posts/" + noteId).html().select("a[rel=tag]").eachAttr("href"))
                .contains(url);
        Document tag = reader.get(url).html();
        assertThat(tag.select("h1").text()).isEqualTo("#東京");
        assertThat(tag.select(".card-note .content").eachText()).containsExactly("Just a short thought about bridges.");
    }

    @Test
    void theAuthorPageShowsTheAuthorTheirPostsAndTheirFeeds() {
        var page = reader.get("/@hana");
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1").text()).isEqualTo("hana");
        assertThat(html.select(".card-title a").eachText()).contains("Bridges of Kyoto");
        assertThat(html.select(".feeds a").eachAttr("href"))
                .containsExactly(server.url("/@hana/feed.xml"), server.url("/@hana/atom.xml"));
        assertThat(html.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains(server.url("/@hana/atom.xml"));
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("profile");
        assertThat(page.header("Vary")).contains("Accept");
    }

    @Test
    void theArchiveListsThisMonthAndItsPageListsThePosts() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String monthUrl = server.url(String.format("/archive/%04d/%02d", today.getYear(), today.getMonthValue()));
        Document archive = reader.get("/archive").html();
        assertThat(archive.select(".archive-months a").eachAttr("href")).containsExactly(monthUrl);
        assertThat(archive.select(".archive-months .count").text()).isEqualTo("14 posts");
        Document month = reader.get(monthUrl).html();
        assertThat(month.select(".archive-posts a").eachText())
                .hasSize(14)
                .contains("Bridges of Kyoto")
                .doesNotContain("Unfinished draft", "Regretted article");
    }

    @Test
    void aDraftIsNotOnAnyPublicPage() {
        for (String path : List.of("/", "/tags/java", "/@hana", "/archive", "/sitemap.xml")) {
            assertThat(reader.get(path).body()).as(path).doesNotContain("Unfinished draft", "unfinished");
        }
        assertThat(reader.get("/posts/" + draftId).status()).isEqualTo(404);
        assertThat(reader.get("/articles/unfinished").status()).isEqualTo(404);
    }

    @Test
    void aDeletedPostAnswersGoneWithTheThemedDeletedPage() {
        for (String path : List.of("/articles/regretted", "/posts/" + deletedArticleId, "/posts/" + deletedNoteId)) {
            var page = reader.get(path);
            assertThat(page.status()).as(path).isEqualTo(410);
            assertThat(page.html().select("h1").text()).as(path).isEqualTo("This page was deleted");
            assertThat(page.html().select(".site-header .site-title").text()).isEqualTo("Pages IT");
        }
    }

    @Test
    void unknownOrMalformedAddressesAnswerTheThemedNotFoundPage() {
        for (String path : List.of(
                "/articles/no-such-article",
                "/posts/123456789",
                "/posts/abc",
                "/posts/-5",
                "/posts/99999999999999999999999999",
                "/tags/nothing",
                "/tags/%3Cscript%3E", // "not a tag" is a tag now: it redirects to /tags/NotATag
                "/@nobody",
                "/@nobody/feed.xml",
                "/?page=abc",
                "/?page=0",
                "/?page=-1",
                "/?page=99",
                "/?page=99999999999999",
                "/tags/java?page=2",
                "/@hana?page=zzz",
                "/archive/2026/13",
                "/archive/2026/00",
                "/archive/1999/01",
                "/archive/abcd/01",
                "/archive/20260/01",
                "/no/such/page")) {
            var page = reader.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.html().select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.html().select(".site-header .site-title").text())
                    .as(path)
                    .isEqualTo("Pages IT");
            assertThat(page.body()).as(path).doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void anArticlePageCarriesItsCanonicalAddressAndOpenGraphFields() {
        Document html = reader.get("/articles/bridges-of-kyoto").html();
        String url = server.url("/articles/bridges-of-kyoto");
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(meta(html, "og:url")).isEqualTo(url);
        assertThat(meta(html, "og:title")).isEqualTo("Bridges of Kyoto · Pages IT");
        assertThat(meta(html, "og:description")).isEqualTo("A walk across the old bridges.");
        assertThat(meta(html, "og:type")).isEqualTo("article");
        assertThat(meta(html, "article:published_time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(html.title()).isEqualTo("Bridges of Kyoto · Pages IT");
    }

    @Test
    void aShortPostPageUsesTheStartOfItsTextAsTitleAndItsIdAddressAsCanonical() {
        Document html = reader.get("/posts/" + noteId).html();
        assertThat(html.title()).isEqualTo("Just a short thought about bridges. · Pages IT");
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(server.url("/posts/" + noteId));
        assertThat(meta(html, "og:type")).isEqualTo("article");
    }

    @Test
    void everyPageHasALanguageOneHeadingATitleAndNoOutsideResources() {
        for (String path : List.of(
                "/",
                "/?page=2",
                "/articles/bridges-of-kyoto",
                "/posts/" + noteId,
                "/@hana",
                "/tags/travel",
                "/archive",
                "/nope")) {
            Document html = reader.get(path).html();
            assertThat(html.select("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(html.select("h1")).as(path).hasSize(1);
            assertThat(html.title()).as(path).isNotBlank();
            assertThat(html.select("meta[name=viewport]")).as(path).hasSize(1);
            assertThat(html.select("link[href], script[src], img[src]").eachAttr("abs:href"))
                    .as(path)
                    .allMatch(u -> u.isEmpty() || u.startsWith(server.baseUrl()));
            assertThat(html.select("script[src], img[src]").eachAttr("src"))
                    .as(path)
                    .allMatch(u -> u.startsWith(server.baseUrl()) || u.startsWith("/"));
        }
    }

    @Test
    void theStylesheetOfTheThemeIsServedByKakehashi() {
        String href = reader.get("/").html().select("link[rel=stylesheet]").attr("href");
        assertThat(href).isEqualTo(server.url("/theme/default/style.css"));
        var css = reader.get(href, "text/css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.body()).contains("prefers-color-scheme: dark");
    }

    @Test
    void theHomePageIsPagedTenAtATimeWithLinksBothWays() {
        Document first = reader.get("/").html();
        assertThat(first.select(".card")).hasSize(10);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(server.url("/?page=2"));
        Document second = reader.get("/?page=2").html();
        assertThat(second.select(".card")).hasSize(4);
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo(server.url("/"));
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo(server.url("/?page=2"));
        assertThat(second.select(".card-note .content").eachText()).contains("Paging note number 1");
    }

    @Test
    void theTagPageIsPagedToo() {
        Document first = reader.get("/tags/paging").html();
        assertThat(first.select(".card")).hasSize(10);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(server.url("/tags/paging?page=2"));
        Document second = reader.get("/tags/paging?page=2").html();
        assertThat(second.select(".card-note .content").eachText()).containsExactly("Paging note number 1");
    }

    @Test
    void anEditedPostIsMarkedAsEdited() {
        assertThat(reader.get("/posts/" + noteId).html().select(".edited")).isEmpty();
        Document page = reader.get("/posts/" + editedId).html();
        assertThat(page.select(".content").text()).isEqualTo("Second version");
        assertThat(page.select(".edited").text()).startsWith("(edited");
        assertThat(meta(page, "article:modified_time")).isNotBlank();
    }

    private static String meta(Document html, String property) {
        return html.select("meta[property=" + property + "]").attr("content");
    }
}
