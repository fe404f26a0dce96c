package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.web.MediaIT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Settings → Export: a blog exported as WXR and imported into a fresh blog reads the same to a
 * reader (articles, short posts, pages, comments and their threads, tags, what stays unlisted or
 * private); the zip holds the WXR and every upload; only admins may export.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressExportIT {
    static KakehashiServer source;
    static KakehashiServer target;
    static WebClient admin;
    static String pngUrl;

    /** What a reader sees, and must see the same on the new blog, by path. */
    static final List<String> READ = List.of(
            "/",
            "/articles/first-light",
            "/articles/mending-nets",
            "/about",
            "/articles/made-here",
            "/tags/boats",
            "/tags/harbour",
            "/articles/quiet-notes",
            "/articles/harbour-fees",
            "/feed.xml");

    @BeforeAll
    static void start() {
        source = KakehashiServer.started();
        admin = new WebClient(source).setUpAndLogIn("Harbour", "harbourmaster", "harbour-password-1");
        AdminPages.publishCommentsAtOnce(admin);
        // Content from an earlier WordPress blog (pages, threaded and pending comments, a private post)...
        assertThat(WordPressImportIT.upload(admin, "blog.xml", "keep").status()).isEqualTo(303);
        WordPressImportIT.importToTheEnd(source, admin);
        // ...and written here through the admin.
        pngUrl = MediaIT.uploadPng(admin, "Red and blue").path("url").asText();
        admin.compose(
                "article",
                "publish",
                "title",
                "Made here",
                "body",
                "Written in **Kakehashi**.\n\n![Red and blue](" + pngUrl + ")",
                "tags",
                "harbour, boats");
        admin.compose("note", "publish", "body", "A short one from the quay.");
        admin.compose("article", "publish", "title", "Quiet notes", "body", "Not on lists.", "visibility", "unlisted");
        admin.compose("article", "draft", "title", "Half written", "body", "To be continued.");
    }

    @AfterAll
    static void stop() {
        if (source != null) source.close();
        if (target != null) target.close();
    }

    @Test
    @Order(1)
    void onlyAnAdminMayExport() {
        AdminPages.addAuthor(admin, "deckhand2", "author", "deckhand-password-1");
        WebClient author = new WebClient(source).logIn("deckhand2", "deckhand-password-1");
        for (String path : List.of(
                "/admin/settings/export",
                "/admin/settings/export/wordpress.xml",
                "/admin/settings/export/wordpress.zip",
                "/admin/settings/export/followers.csv")) {
            assertThat(author.get(path).status()).as(path).isEqualTo(403);
            WebClient.Page anonymous = new WebClient(source).get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(303);
            assertThat(anonymous.header("Location")).as(path).contains("/login");
        }
        assertThat(author.get("/admin").html().select("a[href=/admin/settings/export]"))
                .isEmpty();
        assertThat(admin.get("/admin").html().select("a[href=/admin/settings/export]"))
                .isNotEmpty();
        WebClient.Page page = admin.get("/admin/settings/export");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("main a[download]").eachAttr("href"))
                .containsExactly(
                        "/admin/settings/export/wordpress.xml",
                        "/admin/settings/export/wordpress.zip",
                        "/admin/settings/export/following.csv",
                        "/admin/settings/export/followers.csv",
                        "/admin/settings/export/followers.csv?of=blog");
    }

    @Test
    @Order(2)
    void anExportImportedIntoAFreshBlogReadsTheSame() {
        HttpResponse<byte[]> wxr = admin.download("/admin/settings/export/wordpress.xml");
        assertThat(wxr.statusCode()).isEqualTo(200);
        assertThat(wxr.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        String xml = new String(wxr.body(), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("<wp:wxr_version>1.2</wp:wxr_version>")
                .contains("Half written", "<wp:status>draft</wp:status>");

        target = KakehashiServer.started();
        WebClient newAdmin =
                new WebClient(target).setUpAndLogIn("Harbour again", "harbourmaster", "harbour-password-2");
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("pings", "keep");
        parts.put("file", new WebClient.FilePart("kakehashi.xml", "text/xml", wxr.body()));
        String csrf = newAdmin.get("/admin/settings/import").csrf();
        WebClient.Page uploaded = newAdmin.postMultipart("/admin/settings/import?_csrf=" + csrf, parts);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        Element report = WordPressImportIT.importToTheEnd(target, newAdmin);
        assertThat(report.select(".import-messages li").eachText()).noneMatch(m -> m.contains("rror"));

        for (String path : READ) {
            WebClient.Page before = new WebClient(source).get(path);
            WebClient.Page after = new WebClient(target).get(path);
            assertThat(after.status()).as(path).isEqualTo(before.status());
            assertThat(seen(after, target)).as(path).isEqualTo(seen(before, source));
        }
        assertThat(seen(new WebClient(source).get("/articles/first-light"), source))
                .as("the comments were compared, with their threads")
                .anyMatch(line -> line.startsWith("comment indent-1"));
        assertThat(new WebClient(target).get("/about/").header("Location"))
                .as("a page keeps its old address")
                .isEqualTo(target.url("/about"));
        assertThat(new WebClient(target).get("/articles/quiet-notes").status()).isEqualTo(200);
        assertThat(newAdmin.get("/admin/posts").body()).contains("Half written");
        assertThat(newAdmin.get("/articles/harbour-fees").status())
                .as("private stays private")
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void theZipHoldsTheExportAndEveryUpload() throws IOException {
        HttpResponse<byte[]> zip = admin.download("/admin/settings/export/wordpress.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).first().isEqualTo("wordpress-export.xml");
        assertThat(new String(entries.get("wordpress-export.xml"), StandardCharsets.UTF_8))
                .contains("Made here", "<wp:post_type>attachment</wp:post_type>")
                .endsWith("</rss>");
        String file = pngUrl.substring(pngUrl.lastIndexOf('/') + 1);
        assertThat(entries).containsKey("media/" + file);
        assertThat(entries.get("media/" + file))
                .isEqualTo(admin.download(pngUrl).body());
    }

    /**
     * What a reader sees on a page, with this blog's own address taken out: titles, texts, each
     * comment with its place in the thread, author and words.
     */
    static List<String> seen(WebClient.Page page, KakehashiServer on) {
        String body =
                page.body().replace(on.baseUrl(), "BLOG").replace(on.baseUrl().replaceFirst("^https?://", ""), "BLOG");
        if (page.header("Content-Type") != null && page.header("Content-Type").contains("xml")) {
            Document feed = org.jsoup.Jsoup.parse(body, "", org.jsoup.parser.Parser.xmlParser());
            return feed.select("item > title, entry > title").eachText();
        }
        Document doc = org.jsoup.Jsoup.parse(body);
        List<String> lines = new ArrayList<>();
        doc.select("main h1, main .content.e-content, .cards article").forEach(e -> lines.add(e.text()));
        for (Element c : doc.select("li.comment")) {
            lines.add(c.className() + " | " + c.select(".comment-author").text() + " | "
                    + c.select(".comment-content").text());
        }
        return lines;
    }
}
