package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Switching the public theme in the admin changes what readers get; missing templates fall back. */
class ThemesIT {
    static KakehashiServer server;
    static WebClient admin;
    static WebClient reader;
    static String noteId;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Themes IT", "mio", "mio-password-1");
        reader = new WebClient(server);
        admin.compose("article", "publish", "title", "Themed article", "slug", "themed", "body", "Body", "tags", "t");
        noteId = admin.compose("note", "publish", "body", "Themed note");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void backToDefault() {
        useTheme("default");
    }

    static void useTheme(String theme) {
        useTheme(theme, "");
    }

    static void useTheme(String theme, String description) {
        var settings = admin.get("/admin/settings");
        var saved = admin.postForm(
                "/admin/settings",
                form(
                        "_csrf",
                        settings.csrf(),
                        "title",
                        "Themes IT",
                        "description",
                        description,
                        "language",
                        "en",
                        "theme",
                        theme));
        assertThat(saved.status()).isEqualTo(303);
    }

    @Test
    void theMinimalThemeKeepsTheDescriptionAndTheFollowBox() {
        useTheme("minimal", "Notes from a quiet corner");
        Document home = reader.get("/").html();
        assertThat(home.select("body").hasClass("minimal")).isTrue();
        assertThat(home.select("header .site-description").text()).isEqualTo("Notes from a quiet corner");
        assertThat(home.select("header form.follow-form[action$=/follow] input[name=handle]"))
                .hasSize(1);
        assertThat(home.select("header .fedi-handle code").text()).startsWith("@blog@");
    }

    @Test
    void theMinimalThemeChangesTheHomePageMarkupAndStylesheet() {
        assertThat(reader.get("/").html().select(".cards")).hasSize(1);
        useTheme("minimal");
        Document home = reader.get("/").html();
        assertThat(home.select("body").hasClass("minimal")).isTrue();
        assertThat(home.select(".minimal-list a").eachText()).containsExactly("Themed note", "Themed article");
        assertThat(home.select(".cards")).isEmpty();
        assertThat(home.select("link[rel=stylesheet]").attr("href")).isEqualTo(server.url("/theme/minimal/style.css"));
    }

    @Test
    void theMinimalThemeHasItsOwnArticlePage() {
        useTheme("minimal");
        Document article = reader.get("/articles/themed").html();
        assertThat(article.select("body").hasClass("minimal")).isTrue();
        assertThat(article.select("h1").text()).isEqualTo("Themed article");
        assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(server.url("/articles/themed"));
    }

    @Test
    void aPageTheMinimalThemeLacksFallsBackToTheDefaultTemplateWithTheMinimalStylesheet() {
        useTheme("minimal");
        var note = reader.get("/posts/" + noteId);
        assertThat(note.status()).isEqualTo(200);
        Document html = note.html();
        assertThat(html.select("body").hasClass("page-note")).isTrue();
        assertThat(html.select("article .content").text()).isEqualTo("Themed note");
        assertThat(html.select("link[rel=stylesheet]").attr("href")).isEqualTo(server.url("/theme/minimal/style.css"));
        assertThat(reader.get("/nope").html().select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aPageTheMinimalThemeLacksTakesTheMinimalHeaderAndFooter() {
        useTheme("minimal", "Notes from a quiet corner");
        for (String path : new String[] {"/posts/" + noteId, "/archive", "/nope"}) {
            Document page = reader.get(path).html();
            assertThat(page.select("header.minimal-header")).as(path).hasSize(1);
            assertThat(page.select("header.minimal-header .site-description").text())
                    .as(path)
                    .isEqualTo("Notes from a quiet corner");
            assertThat(page.select("footer.minimal-footer")).as(path).hasSize(1);
            assertThat(page.select("header.site-header, footer.site-footer"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void theDefaultThemeKeepsItsOwnHeaderOnTheSamePages() {
        for (String path : new String[] {"/posts/" + noteId, "/archive", "/nope"}) {
            Document page = reader.get(path).html();
            assertThat(page.select("header.site-header nav.site-nav")).as(path).hasSize(1);
            assertThat(page.select("footer.site-footer")).as(path).hasSize(1);
            assertThat(page.select(".minimal-header, .minimal-footer")).as(path).isEmpty();
        }
    }

    @Test
    void theMinimalStylesheetIsServed() {
        var css = reader.get("/theme/minimal/style.css", "text/css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.body()).contains("prefers-color-scheme: dark");
    }

    @Test
    void switchingBackRestoresTheDefaultTheme() {
        useTheme("minimal");
        useTheme("default");
        Document home = reader.get("/").html();
        assertThat(home.select("body").hasClass("minimal")).isFalse();
        assertThat(home.select(".card-title a").eachText()).containsExactly("Themed article");
    }
}
